# La pantalla de inicio, las guías del lector, la tarjeta de un archivo
# .stepwise abierto y los avisos de la propia ventana.

## La pantalla de inicio

home-title = ¿Con qué necesitas ayuda?
home-search-hint-default = Escribe con tus propias palabras con qué necesitas ayuda
home-search-tip = Buscar en las guías (Ctrl+F)
home-search-name = Buscar guías
home-loading = Cargando las guías…
home-problems-banner = Este paquete de guías tiene { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}. Las guías sin problemas siguen funcionando.
home-problems-show = Ver los problemas
home-resume-heading = Sigue donde lo dejaste
home-resume-button = Seguir
home-resume-position = { $step }: { $title }
home-resume-at-end = Al final: { $title }
home-tile-broken = Tiene un problema
home-tile-done = Hecho
home-nothing-found = No se encontró nada. Prueba con otras palabras, como «cerrar sesión», «tele» o «contraseña».
home-results-count = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}, los mejores primero. Intro abre el primero.
home-results-elsewhere = En tus otras guías
home-result-context = Empieza en: { $start }   ·   coincide con «{ $matched }»
home-result-context-from = En «{ $pack }»   ·   Empieza en: { $start }   ·   coincide con «{ $matched }»

## La tarjeta de un archivo .stepwise abierto

opened-refused-title = No se puede abrir «{ $file }»
opened-refused-builtin-below = Abajo tienes las guías que vienen con Stepwise.
opened-from-library = De tus guías
opened-from-file = Abierto desde «{ $file }»
opened-in-library = Está en tus guías
opened-add = Añadir a mis guías
opened-add-tip = Deja esta guía en tu pantalla de inicio, aunque borres el archivo
opened-signed = Firmado por { $name } · clave { $key }
opened-unsigned = Sin firmar: Stepwise no puede saber quién hizo esta guía ni si alguien la cambió
opened-trust-first = Es la primera guía de este autor en este ordenador. Ahora Stepwise recuerda su clave, así que notará si llega una copia firmada por otra persona.
opened-trust-known = Firmado con la misma clave que antes.
opened-trust-different = Cuidado: esta guía la firmó antes { $name } con la clave { $key }. Esta copia tiene otra clave. Si su autor no te dijo que cambió de clave, pregúntale antes de seguirla.

## Tus guías

shelf-heading = Tus guías
shelf-byline-checked = { $byline } · revisado: { $date }
shelf-byline-builtin = Viene con Stepwise
shelf-byline-signed = Firmado por { $name } (clave { $key })
shelf-byline-unsigned = Sin firmar
shelf-warning-other-key = Firmado con otra clave distinta de la que usaba { $name }
shelf-warning-unreadable = Ya no se puede abrir: { $error }
shelf-remove-ask = ¿Quitar «{ $title }» de tus guías? El archivo que abriste al principio no se toca.
shelf-remove-yes = Quitar
shelf-remove-keep = Dejarla
shelf-showing = Se ve ahora
shelf-open = Abrir «{ $title }»
shelf-remove = Quitar…
shelf-remove-tip = Quitarla de tu pantalla de inicio

## Añadir y quitar guías

library-key-not-remembered = No se pudo guardar la clave de autor: { $error }
library-added = «{ $title }» ya está en tus guías: seguirá en la pantalla de inicio aunque borres el archivo.
library-add-failed = No se pudo añadir a tus guías: { $error }
library-removed = Quitada de tus guías.
library-remove-failed = No se pudo quitar: { $error }

## Avisos de la ventana

app-cannot-start = Esta guía no puede empezar: { $error }.
app-step-cannot-open = Ese paso no se puede abrir: { $error }.
app-cannot-save = Esta guía no se puede guardar: { $error }.
app-not-possible-here = Eso no se puede hacer aquí: { $why }.
app-walk-error = { $error }. Mira los problemas de este paquete de guías.
app-solved = ¡Bien hecho! «{ $title }» queda marcado como hecho.
app-saved-place-dropped = Se perdió el punto donde ibas en una guía porque { $why }. Puedes empezarla de nuevo.

## Cómo se llama un paquete en frases como «3 errores en el paquete de guías integrado» (va después de «en»)

app-source-builtin = el paquete de guías integrado
app-source-memory = un paquete de guías en memoria
app-source-folder = el paquete de guías «{ $name }»
app-source-file = el archivo «{ $name }»

## Por qué se rechaza un archivo .stepwise (en la tarjeta del archivo abierto)

opened-error-not-a-pack = esto no es un archivo de guías de Stepwise{ $detail }
opened-error-damaged = este archivo de guías está dañado o incompleto (quizá no se descargó del todo): { $why }
opened-error-newer = este archivo de guías se hizo con una versión más nueva de Stepwise (formato { $format }); actualiza Stepwise para abrirlo
opened-error-refused = este archivo de guías no se acepta: { $why }
opened-error-bad-entry = este archivo de guías no se acepta: contiene { $what }
opened-error-changed-after-signing = alguien cambió esta guía después de que { $signer } la firmara (clave { $key }), así que Stepwise no la abrirá: puede que los pasos no sean los que escribió. Pídele que te la envíe otra vez.
opened-error-bad-signature = no se puede leer la firma de este archivo de guías ({ $why }), así que Stepwise no lo abrirá; pide a su autor que te lo envíe otra vez
opened-error-changed-on-disk = el archivo de guías cambió en el disco después de abrirlo; ábrelo otra vez
# Detalles tras «esto no es un archivo de guías de Stepwise»: cada uno empieza con un espacio.
opened-not-a-pack-folder = {" "}(es una carpeta, no un archivo)
opened-not-a-pack-first-entry = {" "}(es un archivo zip, pero no lo hizo Stepwise: su primera entrada no es la marca)
opened-not-a-pack-no-marker = {" "}(no tiene la marca de Stepwise)
opened-not-a-pack-too-short = {" "}(es demasiado corto para serlo)
opened-not-a-pack-not-zip = {" "}(no es un archivo zip)
opened-not-a-pack-marker-not-text = {" "}(su marca no es texto)
opened-not-a-pack-marker-wrong = {" "}(su primera entrada no es una marca de Stepwise)
opened-damaged-no-entry = no tiene la entrada «{ $name }»
opened-damaged-size = «{ $name }» dice que tiene { $size } bytes, pero tiene { $read }
opened-damaged-no-table = le falta el índice del final
opened-damaged-unpack = no se puede descomprimir «{ $name }»: { $error }
opened-damaged-no-format = su marca no indica ningún formato
opened-damaged-format = su marca indica el formato «{ $format }»
opened-too-large-file = ocupa { $size }, más de los { $limit } que puede ocupar un archivo de guías
opened-too-many-entries = tiene { $count } entradas, más de las { $limit } que puede tener un archivo de guías
opened-too-large-entry = «{ $name }» ocupa { $size } al descomprimirlo, más de los { $limit } permitidos
opened-zip-bomb = «{ $name }» está comprimido más de { $ratio } veces, como las bombas zip
opened-too-large-total = sus entradas ocupan más de { $limit } al descomprimirlas
opened-zip64 = usa el formato zip64, pensado para archivos mucho más grandes que una guía
opened-entry-same-name = dos entradas con el mismo nombre
opened-entry-overlapping = entradas que comparten sus bytes (un truco de las bombas zip)
opened-entry-not-utf8 = una entrada cuyo nombre no es texto UTF-8 («{ $name }»)
opened-entry-link = un enlace («{ $name }»); un paquete de guías solo contiene archivos normales
opened-entry-encrypted = una entrada cifrada («{ $name }»)
opened-entry-twice = dos entradas llamadas «{ $name }» (en mayúsculas o minúsculas), que se sobrescribirían
opened-entry-outside = «{ $name }», que está fuera de data/ y assets/ (un paquete de guías no contiene nada más)
opened-entry-name-too-long = una entrada llamada «{ $name }», con un nombre demasiado largo
opened-entry-name-control = una entrada llamada «{ $name }», con caracteres de control en el nombre
opened-entry-name-empty-part = una entrada llamada «{ $name }», con una parte vacía o «.»
opened-entry-name-too-deep = una entrada llamada «{ $name }», con demasiadas carpetas anidadas
opened-entry-outside-folder = una entrada que se escribiría fuera de su carpeta: { $why }
opened-entry-unsupported = algo que Stepwise no lee ({ $why })
opened-signature-missing = falta la firma
opened-public-key-missing = falta la clave pública del autor
opened-signature-not-text = la firma no es texto
opened-public-key-not-text = la clave pública no es texto
opened-public-key-bad = la clave pública: { $error }
opened-signature-bad = la firma: { $error }
