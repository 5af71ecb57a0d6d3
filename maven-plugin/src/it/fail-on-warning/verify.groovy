def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/plans/plans.csv:3: warning target.below-baseline: ')
assert log.contains('plancheck: 1 finding(s) at or above warning: target.below-baseline 1; see ')
