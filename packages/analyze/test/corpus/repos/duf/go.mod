module github.com/muesli/duf

go 1.15

require (
	github.com/jedib0t/go-pretty/v6 v6.0.5
	github.com/mattn/go-runewidth v0.0.9
	github.com/muesli/termenv v0.7.4
	golang.org/x/crypto v0.0.0-20200820211705-5c72a883971a
	golang.org/x/sys v0.0.0-20200918174421-af09f7315aff
)
