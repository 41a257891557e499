//! Android only: hands the app's `Context` to `rustls-platform-verifier`, which the core's
//! HTTP client (reqwest with rustls) uses to check server certificates against Android's own
//! trust store. On Android that verifier calls into the JVM (its Kotlin component, the Maven
//! artifact `rustls:rustls-platform-verifier`, must be in the app), so it needs a handle to the
//! JVM, the app's `Context` and its class loader before the first TLS handshake.
//!
//! The Kotlin side is `io.cloudpirates.sdk.CloudPiratesAndroid.init(context)`, which loads this
//! library with `System.loadLibrary` (so the JVM binds the native method below; JNA loads the
//! same library for everything else) and calls [`Java_io_cloudpirates_sdk_CloudPiratesAndroid_nativeInit`]
//! once. Calling it again is harmless: the verifier keeps its first setup for the process.

use jni::EnvUnowned;
use jni::errors::ThrowRuntimeExAndDefault;
use jni::objects::{JClass, JObject};

/// `CloudPiratesAndroid.nativeInit(context)`: stores the JVM, the `Context` (the application
/// context, chosen by the Kotlin side) and its class loader for `rustls-platform-verifier`. A
/// JNI failure becomes a `RuntimeException` in the caller.
#[unsafe(no_mangle)]
pub extern "system" fn Java_io_cloudpirates_sdk_CloudPiratesAndroid_nativeInit<'caller>(
    mut env: EnvUnowned<'caller>,
    _class: JClass<'caller>,
    context: JObject<'caller>,
) {
    env.with_env(|env| rustls_platform_verifier::android::init_with_env(env, context))
        .resolve::<ThrowRuntimeExAndDefault>()
}
