module github.com/akavel/up

go 1.14

require (
	github.com/gdamore/tcell v1.4.0
	github.com/mattn/go-isatty v0.0.3
	github.com/mattn/go-runewidth v0.0.9 // indirect
	github.com/spf13/pflag v1.0.3
	golang.org/x/sys v0.1.0 // indirect
	golang.org/x/text v0.3.4 // indirect
)
