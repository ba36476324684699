language-name = हिन्दी
languages = भाषाएँ
contents = इस पेज पर
guides = गाइड
important = ज़रूरी बातें
note-warning = चेतावनी
note-caution = सावधानी
note-tip = सुझाव
note-info = नोट
marker-stale = पुराना अनुवाद
marker-fallback = अभी अनुवाद नहीं हुआ
show-original = मूल पाठ दिखाएँ
page-original = यह मूल पाठ है।
page-current = { $total } में से { $current } पाठ अनूदित और अद्यतन
page-stale = { $count ->
        [one] { $count } अनुवाद पुराना है
       *[other] { $count } अनुवाद पुराने हैं
    }
page-fallback = { $count ->
        [one] { $count } पाठ का अनुवाद अभी नहीं हुआ
       *[other] { $count } पाठों का अनुवाद अभी नहीं हुआ
    }
locale-complete = { $percent }% अनूदित
site-footer = polyguide ने निर्यात किए गए बंडलों से बनाया।
all-languages = सभी भाषाएँ
