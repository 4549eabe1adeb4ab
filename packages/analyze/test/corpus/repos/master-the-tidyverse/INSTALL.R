install.packages(c("babynames", "formatR", "gapminder", "hexbin", "mgcv", "maps", "mapproj", "nycflights13", "rmarkdown", "tidyverse", "viridis")) 
