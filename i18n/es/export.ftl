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
