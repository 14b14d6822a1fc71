import CZlib

/// What the zip reader and writer share of the system zlib.
public enum Zlib {
    /// Runs `step` (`inflate` or `deflate` with `Z_FINISH`) on `stream` over all of `input`
    /// into `output`, with both buffers bound to the stream for the call; returns zlib's status.
    public static func finish(
        _ stream: inout z_stream, _ input: inout [UInt8], into output: inout [UInt8], _ step: (inout z_stream) -> Int32
    ) -> Int32 {
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = UInt32(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = UInt32(outBuffer.count)
                return step(&stream)
            }
        }
    }

    /// The CRC-32 of `bytes`, as a zip entry records it.
    public static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(CZlib.crc32(0, $0.baseAddress, UInt32($0.count))) }
    }
}
