import PingbiCore

/// The ``DataError`` `body` throws; `nil` when it throws none or another error (so that
/// `try #require(thrownDataError { … })` fails a test that expected one).
public func thrownDataError(_ body: () throws -> Void) -> DataError? {
    do { try body() } catch let error as DataError { return error } catch { return nil }
    return nil
}
