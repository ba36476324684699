language-name = Português (Brasil)
languages = Idiomas
contents = Nesta página
guides = Guias
important = Considerações importantes
note-warning = Aviso
note-caution = Cuidado
note-tip = Dica
note-info = Observação
marker-stale = Tradução desatualizada
marker-fallback = Ainda não traduzido
show-original = Ver o original
page-original = Este é o texto original.
page-current = { $total ->
        [one] { $current } de { $total } texto traduzido e atualizado
       *[other] { $current } de { $total } textos traduzidos e atualizados
    }
page-stale = { $count ->
        [one] { $count } tradução desatualizada
       *[other] { $count } traduções desatualizadas
    }
page-fallback = { $count ->
        [one] { $count } texto ainda não traduzido
       *[other] { $count } textos ainda não traduzidos
    }
locale-complete = { $percent }% traduzido
site-footer = Gerado pelo polyguide a partir dos pacotes exportados.
all-languages = Todos os idiomas
