# Guardar una guía como página web, imprimirla, guardar tus pasos: lo que
# dice la ventana y las palabras que se escriben en las páginas guardadas.

## El aviso en la ventana

export-busy-web-page = Guardando la página web…
export-busy-print = Preparando la página para imprimir…
export-busy-my-steps = Guardando tus pasos…
export-open-folder = Abrir la carpeta
export-open-folder-tip = Ver { $folder } en tu explorador de archivos
export-dismiss = Cerrar
export-print-saved = «{ $name }» se abre en tu navegador: imprímelo desde ahí (Ctrl+P). Queda guardado en { $folder }.
export-my-steps-saved = Tus pasos están guardados como «{ $name }» en { $folder }. Envía esta página a alguien que pueda ayudarte.
export-web-page-saved = Se guardó «{ $name }» en { $folder }.
export-web-page-cancelled = La página web no se guardó.
export-my-steps-cancelled = Tus pasos no se guardaron.
export-web-page-failed = No se pudo guardar la página web: { $why }.
export-my-steps-failed = No se pudieron guardar tus pasos: { $why }.
export-could-not-start = no pudo empezar ({ $error })
export-worker-stopped = el proceso se detuvo antes de terminar
export-my-steps-file-name = Mis pasos - { $title }
export-save-window-title = Guardar la guía como página web
export-save-window-filter = Página web

## Las palabras que se escriben en una página guardada.

export-my-steps-heading = Mis pasos: { $title }
export-page-title = { $heading } – { $pack }
export-how-whole = Haz los pasos en orden. Cuando un paso diga «ve a», salta al paso con ese número; las preguntas te llevan a los pasos que encajan con tu respuesta.
export-how-path = Estos son los pasos que seguí, en orden, con la respuesta que di en cada uno. El último, marcado con «Estoy aquí», es donde estoy ahora.
export-how-path-markdown = Estos son los pasos que seguí, en orden, con la respuesta que di en cada uno. El último, marcado con **Estoy aquí**, es donde estoy ahora.
export-from-guides = De las guías «{ $pack }»
export-quick-answer = Respuesta rápida
export-contents-all-steps = Todos los pasos
export-contents-my-steps = Mis pasos
export-part = Parte { $number }: { $title }
export-footer = Hecho con Stepwise. Las imágenes muestran cómo debería verse la pantalla; la tuya puede ser un poco distinta.
export-footer-from = Hecho con Stepwise, a partir de las guías «{ $pack }». Las imágenes muestran cómo debería verse la pantalla; la tuya puede ser un poco distinta.

export-kind-step = Paso
export-kind-question = Pregunta
export-kind-solved = Final: resuelto
export-kind-not-solved = Final: aquí no se resolvió
export-kind-shared = Pasos compartidos

export-here-label = Estoy aquí:
export-here-text = este es el paso en el que no sé seguir.
export-checks-label = Comprueba que
export-tips = Consejos
export-marked-on-picture = Marcado en la imagen:
export-picture-missing = No se pudo incluir esta imagen: { $image }.
export-picture-missing-why = No se pudo incluir esta imagen: { $image }: { $why }.
export-picture-shows = Muestra: { $alt }
export-picture-not-painted = no se pudo dibujar la imagen
export-picture-not-encoded = no se pudo guardar la imagen ({ $error })
export-picture-not-read = no se leyó la imagen
export-link-left-out = { $label } (se quitó este enlace: solo se conservan las direcciones https://)

## Adónde ir desde un paso.

export-way-next = Cuando lo hayas hecho, ve a { $target }
export-way-next-back = Cuando lo hayas hecho, vuelve a la guía que te trajo a estos pasos compartidos
export-way-next-shared = Cuando lo hayas hecho, ve a { $target } (pasos compartidos); cuando termines, sigue en { $then }
export-way-answer = Si «{ $answer }», ve a { $target }
export-way-answer-back = Si «{ $answer }», vuelve a la guía que te trajo a estos pasos compartidos
export-way-answer-shared = Si «{ $answer }», ve a { $target } (pasos compartidos); cuando termines, sigue en { $then }
export-way-not-solved = ¿No se resolvió? Ve a { $target }
export-way-not-solved-back = ¿No se resolvió? Vuelve a la guía que te trajo a estos pasos compartidos
export-way-not-solved-shared = ¿No se resolvió? Ve a { $target } (pasos compartidos); cuando termines, sigue en { $then }
export-way-outside = «{ $title }»
export-way-broken = a ninguna parte: { $why }
export-way-too-deep = hay pasos compartidos metidos unos dentro de otros demasiadas veces

## «Guardar mis pasos»: lo que hizo la persona en cada paso.

export-what-i-did = Lo que hice:
export-did-next = Hice este paso y seguí.
export-did-choose = Elegí «{ $answer }».
export-did-answer = Respondí «{ $answer }».
export-not-solved-label = No, no se resolvió
export-choices-here = Lo que puedo elegir aquí
