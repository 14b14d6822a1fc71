import PingbiCore

/// The programs this build of `pingbi` knows: generated from the host's dependencies under
/// `Programs/` by the `RegisterPrograms` build plugin.
public enum Catalog {
    /// Every registered program, in registration order.
    public static let programs: [any Program] = registeredPrograms

    /// Every registered module with the programs it contributes.
    public static var modules: [(name: String, programs: [any Program])] { registeredModules }

    /// The program with `id`, if registered.
    public static func program(_ id: String) -> (any Program)? {
        programs.first { $0.id == id }
    }
}
