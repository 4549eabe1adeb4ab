module github.com/rs/curlie

require (
	golang.org/x/crypto v0.1.0
	golang.org/x/sys v0.8.0
)

require golang.org/x/term v0.1.0 // indirect

go 1.20
