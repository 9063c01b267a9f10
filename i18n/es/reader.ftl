# The reader's window: the top bar and notices, the walk (steps, questions,
# endings), the picture and its zoom view, help, about, the problems list,
# and the words that say a picture's marks to someone who cannot see it.

## The top bar and the notices under it.

chrome-light = Claro
chrome-dark = Oscuro
# The text size buttons of the top bar: short, like a symbol.
chrome-text-bigger = A+
chrome-text-smaller = A−
chrome-dismiss = Cerrar
chrome-no-problems = Este paquete no tiene problemas.
chrome-problem-count = { $errors ->
    [one] 1 error
   *[other] { $errors } errores
} y { $warnings ->
    [one] 1 aviso
   *[other] { $warnings } avisos
}:
chrome-show-all = Ver todos
# The window's title while an author edits a pack folder.
chrome-title-editing = Stepwise: editando { $folder }

## What was remembered between runs could not be used.

saved-other-version = Tus ajustes guardados venían de otra versión de Stepwise y se han restablecido.
saved-unreadable = No se pudieron leer tus ajustes guardados y se han restablecido.
saved-set-aside = No se pudieron leer tus ajustes guardados, así que Stepwise empezó de cero. El archivo anterior se guardó como { $file }.
saved-not-set-aside = No se pudieron leer tus ajustes guardados ni apartarlos ({ $error }); Stepwise empezó de cero.

## The picture of a step, and its zoom view.

picture-loading = Cargando la imagen…
# After the colon: why, in a few words.
picture-failed = No se puede mostrar esta imagen: { $reason }.
    Las instrucciones de abajo siguen sirviendo.
# What a screen reader hears, before the picture's description.
zoom-view-name = Imagen ampliada. { $picture }
zoom-view-hint = Arrastra para moverla; usa la rueda del ratón o + y - para ampliar
zoom-view-close = Cerrar (Esc)
zoom-view-fit = Ver entera
zoom-view-fit-tip = Muestra la imagen entera (0)
zoom-view-in = Acercar
zoom-view-in-tip = Acercar (+)
zoom-view-out = Alejar
zoom-view-out-tip = Alejar (-)
zoom-view-percent = { $percent } %

## The walk: the checklist beside the steps.

walk-all-steps = Todos los pasos
# The date is a short date: 21 nov 2026.
walk-checked = Revisada el { $date }
walk-stale-note = Los menús cambian de vez en cuando, así que tus pantallas pueden verse un poco distintas. Busca las mismas palabras cerca o pulsa «{ cmd-stuck }».
walk-sources = Fuentes ({ $count })
walk-opens-link = Abre { $url } en tu navegador
# A line of the checklist, as a screen reader says it.
walk-item-done = { $title }: hecho
walk-item-current = { $title }: paso actual
walk-item-ahead = { $title }: pendiente
walk-take-away = Llévate esta guía
# How many more steps the ways ahead take, after "Paso 3 de 6 · ".
walk-left-last = último paso
walk-left-about = { $count ->
    [one] 1 paso más
   *[other] unos { $count } pasos más
}
walk-left-up-to = { $count ->
    [one] hasta 1 paso más
   *[other] hasta { $count } pasos más
}
walk-left-range = de { $min } a { $max } pasos más

# Where the reader stands, for Walk::step_label (src/guide/walk.rs): not
# used yet.
walk-step-of = Paso { $step } de { $total }
walk-all-done = { $count ->
    [one] 1 paso hecho
   *[other] Los { $count } pasos hechos
}
walk-the-end = El final de la guía

## The walk: the quick answer, steps, questions and endings.

walk-step-gone = Este paso ya no está en la guía.
# What a screen reader says when the screen changes.
walk-announce-quick-answer = { $title }. Respuesta rápida.
walk-announce-question = { $prompt } { $count ->
    [one] 1 respuesta
   *[other] { $count } respuestas
}
walk-quick-answer = Respuesta rápida
walk-not-sure = ¿No sabes dónde pulsar? Los pasos te lo enseñan, una pantalla cada vez.
walk-no-picture = Este paso no tiene imagen: sigue las instrucciones.
walk-picture-tip = Haz clic para verla más grande (Z)
# A screen reader's name for the "I don't see this" button, which shows
# the guide's own words for the step.
walk-stuck-name = { cmd-stuck }: { $label }
walk-press-keys = O pulsa del 1 al { $last } en el teclado.
walk-press-number = Pulsa { $number }
walk-what-next = Qué hacer ahora
walk-do-more = ¿Quieres hacer algo más?
walk-did-it-solve = ¿Se ha resuelto?

## The keyboard help: keys that are not commands of their own.

help-title = Atajos de teclado
help-no-mouse = En Stepwise todo funciona sin ratón.
help-tab-keys = Tab, Mayús+Tab
help-tab = Pasa de un botón a otro
help-arrow-keys = Flechas
help-arrow = Pasa de una tarjeta, resultado o respuesta a otra; en la imagen ampliada, mueve la imagen
help-press-keys = Espacio o Intro
help-press = Pulsa el botón que tiene el recuadro de selección
help-fit-keys = 0
help-fit = En la imagen ampliada y en el mapa: vuelve a verlo entero
help-map-arrow-keys = En el mapa: flechas
help-map-arrow = Abajo: el primer camino hacia delante; Arriba: el camino de vuelta; Izquierda y Derecha: las otras respuestas
help-map-go-keys = En el mapa: G
help-map-go = Ve al punto elegido de la guía
help-map-list-keys = En el mapa: L
help-map-list = Muestra el mapa como una lista, con todos los caminos

## About these guides.

about-note = Cada guía dice con qué se comprobó y cuándo. Las pantallas cambian con el tiempo, así que la tuya puede verse un poco distinta de las imágenes.
about-not-dated = Sin fecha

## The problems of a pack.

problems-title = Problemas de este paquete
# The source names the pack.
problems-summary = { $errors ->
    [one] 1 error
   *[other] { $errors } errores
} y { $warnings ->
    [one] 1 aviso
   *[other] { $warnings } avisos
} en { $source }. Las guías sin errores siguen funcionando; quien hizo el paquete puede arreglar lo demás.
problems-error = Error
problems-warning = Aviso
problems-place = línea { $line }, columna { $column }

## Words shared by the window and the exports.

text-may-differ = Aquí tu pantalla puede verse un poco distinta. Busca las mismas palabras cerca.
# A short date: the day and month are numbers, the year is text.
text-date-short = { $day } { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
} { $year }
text-checked = Revisada el { $date }.
# The sources are their titles, joined by "; ".
text-checked-against = Revisada el { $date } con estas fuentes: { $sources }.

## The marks on a picture, in words, for someone who cannot see it.
## The spot is one of nine places of the picture; the area says where a
## highlighted box is.

mark-arrow-words = Una flecha señala { $spot ->
    [top-left] la esquina superior izquierda de la imagen
    [top-middle] la parte de arriba de la imagen, en el centro
    [top-right] la esquina superior derecha de la imagen
    [left-edge] el borde izquierdo de la imagen
    [right-edge] el borde derecho de la imagen
    [bottom-left] la esquina inferior izquierda de la imagen
    [bottom-middle] la parte de abajo de la imagen, en el centro
    [bottom-right] la esquina inferior derecha de la imagen
   *[middle] el centro de la imagen
}
mark-arrow-to-press = Una flecha señala dónde pulsar
mark-circle-words = Marcado con un círculo: { $spot ->
    [top-left] la esquina superior izquierda de la imagen
    [top-middle] la parte de arriba de la imagen, en el centro
    [top-right] la esquina superior derecha de la imagen
    [left-edge] el borde izquierdo de la imagen
    [right-edge] el borde derecho de la imagen
    [bottom-left] la esquina inferior izquierda de la imagen
    [bottom-middle] la parte de abajo de la imagen, en el centro
    [bottom-right] la esquina inferior derecha de la imagen
   *[middle] el centro de la imagen
}
mark-circle-to-press = Marcado con un círculo: dónde pulsar
mark-highlight-words = Resaltado: { $area ->
    [most] casi toda la imagen
    [across-middle] una franja que cruza el centro de la imagen
    [down-middle] una franja que baja por el centro de la imagen
    [along-top] una franja a lo largo del borde superior
    [along-bottom] una franja a lo largo del borde inferior
    [along-left] una franja a lo largo del borde izquierdo
    [along-right] una franja a lo largo del borde derecho
    [at-top-left] la zona de la esquina superior izquierda de la imagen
    [at-top-middle] la zona de arriba de la imagen, en el centro
    [at-top-right] la zona de la esquina superior derecha de la imagen
    [at-left-edge] la zona junto al borde izquierdo de la imagen
    [at-right-edge] la zona junto al borde derecho de la imagen
    [at-bottom-left] la zona de la esquina inferior izquierda de la imagen
    [at-bottom-middle] la zona de abajo de la imagen, en el centro
    [at-bottom-right] la zona de la esquina inferior derecha de la imagen
   *[at-middle] la zona del centro de la imagen
}
mark-highlight-to-press = Resaltado: dónde pulsar
mark-callout-words = Número { $number }: { $label }
# What a screen reader hears for a numbered callout.
mark-callout-spoken = Nota { $number }: { $label }
# Where a mark is, in pixels, in the mark editor's list.
mark-arrow-position = Flecha de { $x1 }, { $y1 } a { $x2 }, { $y2 } px
mark-circle-position = Círculo en { $x }, { $y }, radio { $radius } px
mark-highlight-position = Resaltado en x { $x }, y { $y }, { $width } × { $height } px
mark-callout-position = Nota { $number } en { $x }, { $y } px: { $label }
mark-callout-no-label = todavía sin texto
# How many marks a picture has: "2 resaltados, 1 flecha".
mark-count-none = sin marcas
mark-count-highlight = { $count ->
    [one] 1 resaltado
   *[other] { $count } resaltados
}
mark-count-arrow = { $count ->
    [one] 1 flecha
   *[other] { $count } flechas
}
mark-count-callout = { $count ->
    [one] 1 nota numerada
   *[other] { $count } notas numeradas
}
mark-count-circle = { $count ->
    [one] 1 círculo
   *[other] { $count } círculos
}
