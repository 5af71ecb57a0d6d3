def log = new File(basedir, 'build.log').text
assert log =~ /plancheck: .*rules\/broken\.drl:8: rule file does not compile: .*valeu/
// A clear message, not a stack trace from inside Drools.
assert !log.contains('at org.drools')
