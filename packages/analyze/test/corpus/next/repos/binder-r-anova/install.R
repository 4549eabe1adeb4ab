install.packages("remotes")
remotes::install_github("adw96/breakaway")
remotes::install_github("adw96/DivNet")
