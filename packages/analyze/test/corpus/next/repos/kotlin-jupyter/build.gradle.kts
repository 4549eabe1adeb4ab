@file:Suppress("UnstableApiUsage")

import build.CompilerRelocatedJarConfigurator
import build.CreateResourcesTask
import build.PUBLISHING_GROUP
import build.util.MAVEN_ARTIFACT_NAME_PREFIX
import build.util.excludeStandardKotlinDependencies
import build.util.getFlag
import build.util.shadowOf
import build.util.typedProperty
import java.util.Properties

plugins {
    id("build.plugins.main")
}

val deploy: Configuration by configurations.creating

val kernelShadowed: Configuration by configurations.creating
val embeddableKernel: Configuration by configurations.creating
val scriptClasspathShadowed: Configuration by configurations.creating

repositories {
    mavenCentral()
    maven {
        name = "intellij-deps"
        url = uri("https://www.jetbrains.com/intellij-repository/releases/")
    }
}

dependencies {
    implementation(libs.kotlin.dev.stdlib)

    // Dependency on module with compiler.
    api(projects.intellijDependenciesShared)
    api(projects.intellijCompilerDependencies)
    api(projects.zmqServer)
    api(projects.kernelCompilerApi)

    // Standard dependencies
    implementation(libs.kotlin.dev.reflect)
    implementation(libs.jetbrains.annotations)
    implementation(libs.coroutines.core)

    // Embedded compiler and scripting dependencies
    implementation(libs.kotlin.dev.scriptingCommon)
    implementation(libs.kotlin.dev.scriptingJvm)
    // Dependency of `libs.kotlin.dev.compilerEmbeddable`
    implementation(libs.jetbrains.trove4j)

    // Logging
    implementation(libs.logging.slf4j.api)
    implementation(libs.logging.logback.classic)

    // Clikt library for parsing output magics
    implementation(libs.clikt)

    // Http4k for resolving library descriptors
    implementation(libs.bundles.http4k) {
        exclude(group = "org.jetbrains.kotlin")
    }

    // Serialization implementation for kernel code
    implementation(libs.serialization.json)
    implementation(libs.serialization.json5)

    // Test dependencies: kotlin-test and Junit 5
    testImplementation(libs.test.junit.params)
    testImplementation(libs.test.kotlintest.assertions)

    deploy(projects.lib)
    deploy(projects.api)
    deploy(libs.logging.slf4j.api)
    deploy(libs.kotlin.dev.scriptRuntime.get())

    kernelShadowed(projects.kotlinJupyterKernel)
}

buildSettings {
    withLanguageLevel(rootSettings.kotlinLanguageLevel)
    withCompilerArgs {
        requiresOptIn()
        skipPrereleaseCheck()
        samConversionsClass()
        jdkRelease(rootSettings.jvmTarget)
    }
}

kotlinPublications {
    defaultGroup.set("org.jetbrains.kotlinx")
    defaultArtifactIdPrefix.set(MAVEN_ARTIFACT_NAME_PREFIX)

    publication {
        publicationName.set("kernel")
        description.set("Kotlin Jupyter kernel published as artifact")
    }
}
