# coding: utf-8
# frozen_string_literal: true

begin
  require File.expand_path(File.join(File.dirname(__FILE__), "lib/nokogiri/version/constant"))
rescue LoadError
  puts "WARNING: Could not load Nokogiri::VERSION"
end

Gem::Specification.new do |spec|
  java_p = /java/.match?(RUBY_PLATFORM)

  spec.name = "nokogiri"
  spec.version = defined?(Nokogiri::VERSION) ? Nokogiri::VERSION : "0.0.0"

  spec.summary = "Nokogiri (鋸) makes it easy and painless to work with XML and HTML from Ruby."
  spec.description = <<~EOF
    Nokogiri (鋸) makes it easy and painless to work with XML and HTML from Ruby. It provides a
    sensible, easy-to-understand API for reading, writing, modifying, and querying documents. It is
    fast and standards-compliant by relying on native parsers like libxml2 (C) and xerces (Java).
  EOF

  spec.authors = [
    "Mike Dalessio",
    "Aaron Patterson",
    "Yoko Harada",
    "Akinori MUSHA",
  ]

  spec.email = "nokogiri-talk@googlegroups.com"

  spec.license = "MIT"

  spec.required_ruby_version = ">= 2.5.0"

  spec.homepage = "https://nokogiri.org"

  spec.files = [
    "Gemfile",
    "README.md",
    "bin/nokogiri",
    "dependencies.yml",
    "ext/java/nokogiri/NokogiriService.java",
    "ext/java/nokogiri/XmlDocument.java",
    "ext/java/nokogiri/XmlNode.java",
    # ... (other Java sources trimmed)
    "ext/nokogiri/depend",
    "ext/nokogiri/extconf.rb",
    "ext/nokogiri/nokogiri.c",
    "ext/nokogiri/nokogiri.h",
    "ext/nokogiri/xml_document.c",
    "ext/nokogiri/xml_node.c",
    # ... (other C sources and gumbo-parser trimmed)
    "gumbo-parser/src/parser.c",
    "lib/nekohtml.jar",
    "lib/nokogiri.rb",
    "lib/nokogiri/css.rb",
    "lib/nokogiri/html.rb",
    "lib/nokogiri/xml.rb",
    "lib/nokogiri/xslt.rb",
    # ... (other Ruby files and jars trimmed)
    "lib/xercesImpl.jar",
  ]

  spec.bindir = "bin"
  spec.executables = spec.files.grep(/^bin/) { |f| File.basename(f) }

  spec.add_runtime_dependency("mini_portile2", "~> 2.7.0") unless java_p # keep version in sync with extconf.rb
  spec.add_runtime_dependency("racc", "~> 1.4")

  spec.add_development_dependency("bundler", "~> 2.2")
  spec.add_development_dependency("minitest", "~> 5.8")
  spec.add_development_dependency("rake", "~> 13.0")
  spec.add_development_dependency("rake-compiler", "= 1.1.1")
  spec.add_development_dependency("rake-compiler-dock", "~> 1.1")
  spec.add_development_dependency("rexical", "~> 1.0.5")
  spec.add_development_dependency("rubocop", "~> 1.7")

  spec.extensions << "ext/nokogiri/extconf.rb"
end
