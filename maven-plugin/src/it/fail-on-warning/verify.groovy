def log = new File(basedir, 'build.log').text
// At failOn, so logged as an error although the rule's severity is warning.
assert log.contains('[ERROR] src/main/plans/plans.csv:3: warning target.below-baseline: ')
assert log.contains('plancheck: 1 finding(s) at or above warning: target.below-baseline 1; see ')
