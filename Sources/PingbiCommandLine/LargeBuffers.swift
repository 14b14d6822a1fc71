#if canImport(Glibc)
import CMalloc
#endif

/// How the process's memory allocator places large buffers.
public enum LargeBuffers {
    /// Gives every buffer of a megabyte or more pages of its own, returned to the system as soon
    /// as it is freed. By default the C library raises that threshold after the first large
    /// buffer is freed (the input file's bytes, once read), and later buffers of up to 32 MB are
    /// then carved from a heap that keeps their pages: a 100,000-office run peaked at 362 MB
    /// that way, at 299 MB with the fixed threshold.
    public static func returnWhenFreed() {
        #if canImport(Glibc)
        _ = mallopt(M_MMAP_THRESHOLD, 1 << 20)
        #endif
    }
}
