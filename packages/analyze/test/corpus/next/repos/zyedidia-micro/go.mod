module github.com/zyedidia/micro

require (
	github.com/blang/semver v3.5.1+incompatible
	github.com/dustin/go-humanize v1.0.0
	github.com/flynn/json5 v0.0.0-20160717195620-7620272ed633
	github.com/gdamore/tcell v1.3.0
	github.com/go-errors/errors v1.0.1
	github.com/mattn/go-isatty v0.0.11
	github.com/mattn/go-runewidth v0.0.7
	github.com/mitchellh/go-homedir v1.1.0
	github.com/sergi/go-diff v1.1.0
	github.com/yuin/gopher-lua v0.0.0-20191220021717-ab39c6098bdb
	github.com/zyedidia/clipboard v0.0.0-20190823154308-241f98e9b197
	github.com/zyedidia/glob v0.0.0-20170209203856-dd4023a66dc3
	github.com/zyedidia/poller v0.0.0-20170616160828-ab09682913b7 // indirect
	github.com/zyedidia/pty v2.0.0+incompatible // indirect
	github.com/zyedidia/tcell v0.0.0-20200101010555-3d6f590fde0b
	github.com/zyedidia/terminal v0.0.0-20180726154117-533c623e2415
	golang.org/x/text v0.3.2
	gopkg.in/yaml.v2 v2.2.7
	layeh.com/gopher-luar v1.0.7
)
