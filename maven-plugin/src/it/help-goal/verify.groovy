def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('plancheck:check')
// Each parameter's block: its name (and default), its description, its user property.
def blocks = [:]
(log =~ /(?m)^    (\w+)(?: \(Default: [^)]*\))?\n((?:      .*\n)+)/).each { all, name, body -> blocks[name] = body }
// Every parameter a user can set is described and has its user property.
def params = ['sources', 'includes', 'excludes', 'failOn', 'maxAllowedViolations', 'skip', 'consoleOutput',
              'formats', 'outputDirectory', 'outputFile', 'ruleFiles', 'waivers', 'configFile', 'verbose', 'lang',
              'region', 'level', 'parent', 'period', 'sourceRoot']
for (p in params) {
    assert blocks[p] : p
    assert blocks[p].contains('User property: plancheck.' + p) : blocks[p]
    assert blocks[p].readLines().size() >= 2 : 'a description: ' + blocks[p]
}
// The maps cannot have a user property; their descriptions name the -D forms instead.
assert blocks['severities'].contains('-Dplancheck.severities=')
assert blocks['tolerances'].contains('-Dplancheck.tolerances=')
// Nothing internal is shown.
assert blocks.keySet() == (params + ['severities', 'tolerances']) as Set : blocks.keySet()
