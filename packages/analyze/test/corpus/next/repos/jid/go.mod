module github.com/simeji/jid

require (
	github.com/bitly/go-simplejson v0.5.0
	github.com/fatih/color v1.7.0 // indirect
	github.com/mattn/go-colorable v0.0.9 // indirect
	github.com/mattn/go-isatty v0.0.4 // indirect
	github.com/mattn/go-runewidth v0.0.4
	github.com/nsf/termbox-go v0.0.0-20181027232701-60ab7e3d12ed
	github.com/nwidger/jsoncolor v0.0.0-20170215171346-75a6de4340e5
	github.com/pkg/errors v0.8.0
)
