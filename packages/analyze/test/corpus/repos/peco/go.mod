module github.com/peco/peco

go 1.12

require (
	github.com/davecgh/go-spew v1.1.0 // indirect
	github.com/google/btree v0.0.0-20161213163243-0c3044bc8bad
	github.com/jessevdk/go-flags v1.1.0
	github.com/lestrrat-go/pdebug v0.0.0-20180220043849-39f9a71bcabe
	github.com/mattn/go-runewidth v0.0.0-20161012013512-737072b4e32b
	github.com/nsf/termbox-go v0.0.0-20190817171036-93860e161317
	github.com/pkg/errors v0.0.0-20161029093637-248dadf4e906
	github.com/pmezard/go-difflib v1.0.0 // indirect
	github.com/stretchr/testify v0.0.0-20161117074351-18a02ba4a312
)
