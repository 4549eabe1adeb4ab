install.packages(c(
'languageserver',
'httpgd',
'quarto',
'tidyverse',
'devtools',
'pak',
'reticulate',
'shiny',
'duckdbfs',
'arrow',
'V8'))


