Gem::Specification.new do |s|
  s.specification_version = 2 if s.respond_to? :specification_version=
  s.required_rubygems_version = Gem::Requirement.new(">= 0") if s.respond_to? :required_rubygems_version=

  s.name = 'ronn'
  s.version = '0.3'
  s.date = '2009-12-09'

  s.description = "The opposite of roff"
  s.summary     = "The opposite of roff"

  s.authors = ["Ryan Tomayko"]
  s.email = "rtomayko@gmail.com"

  # = MANIFEST =
  s.files = %w[
    COPYING
    README.md
    Rakefile
    bin/ronn
    lib/ronn.rb
    lib/ronn/document.rb
    lib/ronn/layout.html
    lib/ronn/roff.rb
    man/ronn.1.ronn
    man/ronn.5.ronn
    ronn.gemspec
    test/document_test.rb
    test/ronn_test.rb
  ]
  # = MANIFEST =

  s.executables = ['ronn']
  s.test_files = s.files.select { |path| path =~ /^test\/.*_test.rb/ }

  s.extra_rdoc_files = %w[COPYING]
  s.add_dependency 'nokogiri',    '~> 1.4'
  s.add_dependency 'rdiscount',   '~> 1.3'
  s.add_development_dependency 'contest', '~> 0.1'

  s.has_rdoc = true
  s.homepage = "http://rtomayko.github.com/ronn/"
  s.rdoc_options = ["--line-numbers", "--inline-source", "--title", "Ronn"]
  s.require_paths = %w[lib]
  s.rubygems_version = '1.1.1'
end
