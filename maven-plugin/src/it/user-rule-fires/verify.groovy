def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/plans/plans.csv:4: error acme.big-district-target: district target 1500.0 needs a review')
assert log.contains('plancheck: 1 finding(s) at or above error: acme.big-district-target 1; see ')
