def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/plans/plans.csv:3: error target.blank: ')
assert log.contains('plancheck: 1 finding(s) at or above error: target.blank 1; see target/plancheck/plancheck-report.txt')
