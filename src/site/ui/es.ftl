language-name = Español
languages = Idiomas
contents = En esta página
guides = Guías
important = Consideraciones importantes
note-warning = Advertencia
note-caution = Precaución
note-tip = Consejo
note-info = Nota
marker-stale = Traducción desactualizada
marker-fallback = Aún sin traducir
show-original = Ver el original
page-original = Este es el texto original.
page-current = { $total ->
        [one] { $current } de { $total } texto traducido y al día
       *[other] { $current } de { $total } textos traducidos y al día
    }
page-stale = { $count ->
        [one] { $count } traducción desactualizada
       *[other] { $count } traducciones desactualizadas
    }
page-fallback = { $count ->
        [one] { $count } texto aún sin traducir
       *[other] { $count } textos aún sin traducir
    }
locale-complete = Traducido al { $percent } %
site-footer = Generado por polyguide a partir de los paquetes exportados.
all-languages = Todos los idiomas
