def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] plancheck: 1 finding(s) at or above error, within maxAllowedViolations 1')
assert log =~ /\[INFO\] Checked 1 files?, 1 plans?, 2 figures: 1 errors?/
assert !log.contains('target.blank: ')
assert new File(basedir, 'target/plancheck/plancheck-report.txt').getText('UTF-8').contains('target.blank')
