# El mapa de una guía, el editor de marcas y lo que dice `stepwise edit`.

## El mapa

map-title = Mapa de { $title }
map-back = Volver al paso
map-back-tip = Vuelve a donde estás en la guía (Esc)
map-show-drawing = Ver el dibujo
map-show-drawing-tip = El mapa como dibujo (L)
map-list-view = Ver como lista
map-list-view-tip = Todos los puntos en una lista, con sus caminos (L)
map-fit = Ajustar
map-fit-tip = Ver la guía entera (0)
map-zoom-in = Ampliar
map-zoom-in-tip = Ampliar (+)
map-zoom-out = Reducir
map-zoom-out-tip = Reducir (-)
map-you-are-here = Estás aquí
map-legend-done = Hecho
map-legend-ahead = Por delante
map-legend-off = Fuera de tu camino
map-legend-dashed = Las líneas discontinuas vuelven atrás
map-problems-count = { $count ->
    [0] No hay problemas en los puntos de esta guía
    [one] { $count } problema en los puntos de esta guía
   *[other] { $count } problemas en los puntos de esta guía
}
map-node-name-problems = { $name }, problemas: { $problems }
map-canvas-name = Mapa de { $title }: { $count ->
    [one] { $count } punto
   *[other] { $count } puntos
}. Las flechas del teclado siguen los caminos; L los muestra en una lista.
map-canvas-name-here = Mapa de { $title }: { $count ->
    [one] { $count } punto
   *[other] { $count } puntos
}. Estás en: { $here }. Las flechas del teclado siguen los caminos; L los muestra en una lista.
map-ways-on-description = Caminos desde aquí: { $ways }
map-list-name = Todos los pasos de { $title }
map-go-here = Ir aquí
map-go-here-tip = Lleva tu recorrido a este punto; Atrás te devuelve a donde estabas (G)
map-edit-node = Editar este punto
map-edit-node-tip = Abrirlo en el editor
map-call-text = Estos pasos se escriben una vez y los comparten varias guías. Se hacen aquí y luego sigue esta guía.
map-return-text = Aquí terminan los pasos compartidos y sigue la guía que los usó.
map-elsewhere-text = Este camino sigue en otra guía. Pulsa «Ir aquí» para seguirlo.
map-ways-on = Caminos desde aquí
map-ways-here = Caminos hasta aquí
map-way-from = Desde { $kind }: { $title } ({ $answer })
map-problems-heading = Problemas

## La regla de un problema en pocas palabras, en la etiqueta de un punto

map-badge-unreachable = Nunca se llega
map-badge-dead-end = Sin salida
map-badge-no-way-out = Bucle sin salida
map-badge-missing-image = Falta la imagen
map-badge-unreadable-image = No se puede leer la imagen
map-badge-image-too-large = Imagen demasiado grande
map-badge-mark-outside-image = Marca fuera de la imagen
map-badge-dangling-reference = No lleva a ninguna parte
map-badge-empty-text = Texto vacío
map-badge-unsafe-link = Enlace no seguro
map-badge-unsafe-path = Ruta de imagen no segura
map-badge-duplicate-id = Id repetido
map-badge-no-next-move = Sin paso siguiente
map-badge-syntax = Sintaxis
map-badge-file = Archivo
map-badge-scenario-target = Escenario
map-badge-file-name = Nombre de archivo
map-badge-stray-file = Archivo suelto
map-badge-bad-date = Fecha incorrecta
map-badge-stale-guide = Sin revisar hace tiempo
map-badge-flow-never-returns = El flujo nunca vuelve
map-badge-recursive-call = Flujos que se llaman entre sí
map-badge-jump-into-flow = Salta dentro de un flujo
map-badge-return-without-call = Flujo que nadie usa
map-badge-outcome-loops-back = Vuelve al principio
map-badge-label-covers-highlight = La nota tapa el resaltado
map-badge-missing-translation = Sin traducir
map-badge-stale-translation = Traducción desactualizada

## El editor de marcas

editor-marks-on = Marcas en
editor-node-in-file = { $node } en { $file }
editor-tool-select = Elegir
editor-tool-highlight = Resaltado
editor-tool-spotlight = Foco
editor-tool-arrow = Flecha
editor-tool-callout = Nota numerada
editor-tool-circle = Círculo
editor-hint-select = Haz clic en una marca para elegirla; arrástrala para moverla, o arrastra sus esquinas.
editor-hint-draw = Arrastra sobre la imagen para dibujar.
editor-hint-callout = Haz clic donde va el número.
editor-hint-circle = Arrastra desde el centro de un botón redondo hasta su borde.
editor-mark-added = Añadido: { $tool }.
editor-mark-added-label = Añadido: { $tool }. Escribe su texto.
editor-canvas-name = Imagen con marcas: { $marks }. Herramienta: { $tool }.
editor-reload-failed = No se pudo volver a leer la guía: { $error }.
editor-reloaded = Se volvió a leer del disco; se descartaron tus marcas sin guardar.
editor-saved = Guardado en { $file }.
editor-nothing-to-save = Nada que guardar: el archivo ya dice esto.
editor-not-saved = No se guardó: { $error }. Tus marcas siguen aquí.
editor-leave-unsaved = Tus marcas no están guardadas: Guardar (Ctrl+S) las conserva; pulsa Esc otra vez para dejarlas.
editor-picture-failed = Esta imagen no se puede mostrar, así que no se pueden dibujar sus marcas: { $why }.
editor-conflict = { $file } cambió en el disco desde que lo abriste, así que no se guardó nada.
editor-conflict-gone = este paso o su imagen ya no están en el archivo del disco
editor-conflict-disk = En el disco: { $marks }
editor-conflict-yours = Las tuyas: { $marks }
editor-conflict-keep-mine = Poner mis marcas en el archivo nuevo
editor-conflict-reload = Volver a leer del disco
editor-marks-heading = Marcas
editor-picture-size = Imagen: { $width } × { $height } px
editor-no-marks = Aún no hay marcas. Elige Resaltado y arrastra un recuadro alrededor del control que hay que pulsar.
editor-click-to-select = Haz clic en una marca para elegirla.
editor-nudge-hint = Las flechas la mueven un píxel; Mayús+flecha, diez.
editor-label = Texto
editor-label-hint = Lo que dice esta nota numerada
editor-label-name = Texto de la nota numerada

## Lo que dice `stepwise edit`

author-kept-last-good = Los archivos tienen un error, así que ves el paquete como estaba antes de ese guardado. Corrige lo que indica la barra de abajo y se actualizará solo.
author-open-failed = No se pudo abrir «{ $target }»: { $why }.
author-picture-loading = La imagen aún se está cargando; prueba Editar marcas otra vez en un momento.
author-guide-file-unopened = No se pudo abrir el archivo de la guía: { $error }.
author-no-live-reload = Los cambios en los archivos no se verán solos ({ $error }); guarda en el editor de marcas o reinicia para verlos.
author-picture-not-added = No se añadió { $name }: { $why }.
author-pasted-not-added = No se añadió la imagen pegada: { $why }.
author-open-guide-first = Abre primero una guía: el paso nuevo va después del paso en el que estás.
author-picture-not-png = No se añadió { $name }: solo las imágenes PNG y JPEG pueden ser pasos.
author-picture-not-copied = No se pudo copiar la imagen en assets/: { $error }.
author-new-step-title = Paso nuevo
author-new-step-text = Di en una frase qué hay que pulsar en esta pantalla.
author-new-step-alt = Una captura de pantalla: di qué muestra.
author-step-added = Se añadió el paso «{ $id }» a { $file }. Dibuja un recuadro alrededor del control que hay que pulsar y luego Guarda.
author-changed-on-disk = La guía acaba de cambiar en el disco; inténtalo de nuevo.
author-step-not-added = No se pudo añadir el paso: { $error }.
author-picture-too-large = ocupa { $size } bytes; una imagen puede ocupar como mucho { $limit } bytes
author-picture-size-mismatch = el tamaño y los píxeles de la imagen no coinciden

## Las palabras del mapa para los pasos y dónde está cada uno.
map-kind-step = Paso
map-kind-question = Pregunta
map-kind-outcome = Final
map-kind-elsewhere = Otra guía
map-kind-flow = Pasos de otra guía
map-kind-return = Fin de los pasos compartidos
map-state-done = hecho
map-state-current = aquí estás
map-state-ahead = por delante
map-state-off = fuera de tu camino
map-node-name = { $kind }: { $title }, { $state }
map-way-on = { $answer }: { $kind }: { $title }
map-shared-steps = Pasos compartidos: { $flow }
map-return-title = Vuelta a la guía que abrió estos pasos
map-exit-not-solved = No resuelto
map-exit-next = Siguiente
