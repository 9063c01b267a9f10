# Palabras comunes a todo Stepwise.

date-long = { $day } de { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { $year }

language-menu = Idioma: { $lang }
language-tip = El idioma de la ventana y de las guías
language-forced = Lo elige STEPWISE_LANG: { $lang }

app-partly-translated = { $count ->
    [one] Un texto de estas guías aún no está traducido: se muestra en { $source }.
   *[other] { $count } textos de estas guías aún no están traducidos: se muestran en { $source }.
}
