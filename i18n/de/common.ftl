# Wörter, die überall in Stepwise vorkommen.

date-long = { $day }. { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
} { $year }

language-menu = Sprache: { $lang }
language-tip = Die Sprache des Fensters und der Anleitungen
language-forced = Festgelegt durch STEPWISE_LANG: { $lang }

app-partly-translated = { $count ->
    [one] Ein Text dieser Anleitungen ist noch nicht übersetzt: Er erscheint auf { $source }.
   *[other] { $count } Texte dieser Anleitungen sind noch nicht übersetzt: Sie erscheinen auf { $source }.
}
