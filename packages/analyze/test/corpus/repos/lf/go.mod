module github.com/gokcehan/lf

go 1.26.0

require (
	github.com/clipperhouse/displaywidth v0.11.0
	github.com/djherbis/times v1.6.0
	github.com/fsnotify/fsnotify v1.10.1
	github.com/gdamore/tcell/v3 v3.4.2
	golang.org/x/sys v0.48.0
	golang.org/x/term v0.45.0
)

require (
	github.com/clipperhouse/uax29/v2 v2.7.0 // indirect
	github.com/gdamore/encoding v1.0.1 // indirect
	github.com/lucasb-eyer/go-colorful v1.4.1 // indirect
	golang.org/x/text v0.41.0 // indirect
)
