import Foundation
import PingbiCommandLine
import ProgramCatalog

let status = Pingbi(programs: Catalog.programs).main(Array(CommandLine.arguments.dropFirst()))
exit(status.rawValue)
