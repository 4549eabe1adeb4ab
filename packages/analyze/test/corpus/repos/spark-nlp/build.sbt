import Dependencies.*
import M2Resolvers.m2Resolvers
import sbtassembly.MergeStrategy

name := getPackageName(is_silicon, is_gpu, is_aarch64)

organization := "com.johnsnowlabs.nlp"

version := "6.1.5"

(ThisBuild / scalaVersion) := scalaVer

(ThisBuild / scalacOptions) += "-target:jvm-1.8"

(ThisBuild / javaOptions) += "-Xmx4096m"

(ThisBuild / javaOptions) += "-XX:+UseG1GC"

scalacOptions ++= Seq("-unchecked", "-feature", "-deprecation", "-language:implicitConversions")

(ThisBuild / scalafmtOnCompile) := true

// exclude memory-intensive modules from coverage
coverageExcludedPackages := ".*nlp.embeddings.*;.*ml.tensorflow.*;.*nlp.annotators.classifier.dl.*;" +
  ".*nlp.annotators.seq2seq.*;.*ml.*"

(ThisBuild / resolvers) := m2Resolvers

lazy val analyticsDependencies = Seq(
  "org.apache.spark" %% "spark-core" % sparkVer % Provided,
  "org.apache.spark" %% "spark-mllib" % sparkVer % Provided)

lazy val testDependencies = Seq(
  "org.scalatest" %% "scalatest" % scalaTestVersion % "test",
  "org.scalatest" %% "scalatest-flatspec" % scalaTestVersion % "test",
  "org.scalatest" %% "scalatest-shouldmatchers" % scalaTestVersion % "test")

lazy val utilDependencies = Seq(
  typesafe,
  rocksdbjni,
  awsJavaSdkS3
    exclude ("com.fasterxml.jackson.core", "jackson-annotations")
    exclude ("com.fasterxml.jackson.core", "jackson-databind")
    exclude ("com.fasterxml.jackson.core", "jackson-core")
    exclude ("com.fasterxml.jackson.dataformat", "jackson-dataformat-cbor")
    exclude ("commons-configuration", "commons-configuration"),
  liblevenshtein
    exclude ("com.google.guava", "guava")
    exclude ("org.apache.commons", "commons-lang3")
    exclude ("com.google.code.findbugs", "annotations")
    exclude ("org.slf4j", "slf4j-api"),
  gcpStorage
    exclude ("com.fasterxml.jackson.core", "jackson-core")
    exclude ("com.fasterxml.jackson.dataformat", "jackson-dataformat-cbor"),
  greex,
  azureIdentity,
  azureStorage,
  jsoup,
  jakartaMail,
  angusMail,
  poiDocx
    exclude ("org.apache.logging.log4j", "log4j-api"),
  scratchpad
    exclude ("org.apache.logging.log4j", "log4j-api"),
  pdfBox,
  flexmark,
  tagSoup
)

lazy val typedDependencyParserDependencies = Seq(junit)

val tensorflowDependencies: Seq[sbt.ModuleID] =
  if (is_gpu.equals("true"))
    Seq(tensorflowGPU)
  else if (is_silicon.equals("true"))
    Seq(tensorflowM1)
  else if (is_aarch64.equals("true"))
    Seq(tensorflowLinuxAarch64)
  else
    Seq(tensorflowCPU)

val onnxDependencies: Seq[sbt.ModuleID] =
  if (is_gpu.equals("true"))
    Seq(onnxGPU)
  else if (is_silicon.equals("true"))
    Seq(onnxCPU)
  else if (is_aarch64.equals("true"))
    Seq(onnxCPU)
  else
    Seq(onnxCPU)

val llamaCppDependencies =
  if (is_gpu.equals("true"))
    Seq(llamaCppGPU)
  else if (is_silicon.equals("true"))
    Seq(llamaCppSilicon)
  else if (is_aarch64.equals("true"))
    Seq(llamaCppAarch64)
  else
    Seq(llamaCppCPU)

val openVinoDependencies: Seq[sbt.ModuleID] = Seq(openVinoCPU)

lazy val mavenProps = settingKey[Unit]("workaround for Maven properties")

lazy val root = (project in file("."))
  .settings(
    crossScalaVersions := supportedScalaVersions,
    libraryDependencies ++=
      analyticsDependencies ++
        testDependencies ++
        utilDependencies ++
        tensorflowDependencies ++
        onnxDependencies ++
        llamaCppDependencies ++
        openVinoDependencies ++
        typedDependencyParserDependencies,
    // TODO potentially improve this?
    mavenProps := {
      sys.props("javacpp.platform.extension") = if (is_gpu.equals("true")) "-gpu" else ""
    })

(assembly / assemblyOption) := (assembly / assemblyOption).value.withIncludeScala(includeScala =
  false)

/** Disables tests in assembly */
(assembly / test) := {}

/** Copies the assembled jar to the pyspark/lib dir * */
lazy val copyAssembledJar = taskKey[Unit]("Copy assembled jar to python/lib")
lazy val copyAssembledJarForPyPi = taskKey[Unit]("Copy assembled jar to python/sparknlp/lib")

copyAssembledJar := {
  val jarFilePath = (assembly / assemblyOutputPath).value
  val newJarFilePath = baseDirectory(_ / "python" / "lib" / "sparknlp.jar").value
  IO.copyFile(jarFilePath, newJarFilePath)
  println(s"[info] $jarFilePath copied to $newJarFilePath ")
}

copyAssembledJarForPyPi := {
  val jarFilePath = (assembly / assemblyOutputPath).value
  val newJarFilePath = baseDirectory(_ / "python" / "sparknlp" / "lib" / "sparknlp.jar").value
  IO.copyFile(jarFilePath, newJarFilePath)
  println(s"[info] $jarFilePath copied to $newJarFilePath ")
}
