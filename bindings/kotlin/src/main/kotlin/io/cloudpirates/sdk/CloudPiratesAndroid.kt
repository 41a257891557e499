package io.cloudpirates.sdk

/**
 * Android setup: call `CloudPiratesAndroid.init(context)` once (in `Application.onCreate`)
 * before creating a [CloudPiratesClient] on Android.
 *
 * The Rust core checks server certificates with `rustls-platform-verifier`, which on Android
 * asks Android's own certificate verifier (the system and user trust stores) through the JVM.
 * It needs the app's `Context` for that, handed over here through JNI. The app must also
 * carry the verifier's Kotlin component (Maven artifact `rustls:rustls-platform-verifier`, at
 * the version of the `rustls-platform-verifier-android` crate the SDK was built with) and
 * JNA's Android build (`net.java.dev.jna:jna` as an `aar`): see `bindings/kotlin/README.md`.
 *
 * Anywhere else (a JVM on Linux, macOS, Windows) this does nothing: the verifier needs no setup.
 */
public object CloudPiratesAndroid {
    @Volatile
    private var initialized = false

    /** True when running on Android's runtime (ART or Dalvik). */
    @JvmStatic
    public val isAndroid: Boolean
        get() = System.getProperty("java.vm.vendor").orEmpty().contains("Android", ignoreCase = true) ||
            System.getProperty("java.vm.name") == "Dalvik"

    /** True once [init] has handed a `Context` to the native library (always false off Android). */
    @JvmStatic
    public val isInitialized: Boolean get() = initialized

    /**
     * Hands [context] (an `android.content.Context`; its application context is kept, never an
     * Activity) to the native library's certificate verifier. Returns true on Android, false
     * (and does nothing) elsewhere. Throws [IllegalArgumentException] if [context] is not a
     * `Context`. Calling it again does nothing.
     */
    @JvmStatic
    public fun init(context: Any): Boolean {
        if (!isAndroid) return false
        require(isContext(context.javaClass)) { "CloudPiratesAndroid.init: expected an android.content.Context, got ${context.javaClass.name}" }
        synchronized(this) {
            if (!initialized) {
                val app = runCatching { context.javaClass.getMethod("getApplicationContext").invoke(context) }.getOrNull() ?: context
                // Binds nativeInit below; JNA later opens the same library for everything else.
                System.loadLibrary("cloudpirates_ffi")
                nativeInit(app)
                initialized = true
            }
        }
        return true
    }

    /** Fails a client created on Android before [init]: its first TLS handshake could not verify anything. */
    internal fun checkReady() {
        check(!isAndroid || initialized) {
            "CloudPiratesAndroid.init(context) must be called once (e.g. in Application.onCreate) before a client is " +
                "created on Android: the certificate verifier needs the app's Context"
        }
    }

    private fun isContext(cls: Class<*>?): Boolean =
        cls != null && (cls.name == "android.content.Context" || isContext(cls.superclass))

    /** `crates/ffi/src/android.rs`: stores the JVM, the Context and its class loader for the verifier. */
    @JvmStatic
    private external fun nativeInit(context: Any)
}
