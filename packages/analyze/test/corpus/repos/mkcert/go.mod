module filippo.io/mkcert

go 1.18

require (
	golang.org/x/net v0.0.0-20220421235706-1d1ef9303861
	howett.net/plist v1.0.0
	software.sslmate.com/src/go-pkcs12 v0.2.0
)

require (
	golang.org/x/crypto v0.0.0-20220331220935-ae2d96664a29 // indirect
	golang.org/x/text v0.3.7 // indirect
)
