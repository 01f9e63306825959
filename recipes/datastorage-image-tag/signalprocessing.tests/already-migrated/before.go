/*
Copyright 2025 Jordi Gil.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/

package infrastructure

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// signalProcessingCoverageImage is the controller image compiled with `-cover`.
const signalProcessingCoverageImage = "localhost/kubernaut-signalprocessing:e2e-coverage"

// SetupSignalProcessingInfrastructureHybridWithCoverage creates the SignalProcessing
// E2E environment (DD-TEST-002 hybrid strategy) and records how long each phase takes,
// so regressions in setup time show up in CI logs.
//
// Phases: 1️⃣ build (parallel) ➜ 2️⃣ Kind cluster ➜ 3️⃣ load (parallel) ➜ 4️⃣ deploy (parallel)
func SetupSignalProcessingInfrastructureHybridWithCoverage(ctx context.Context, clusterName, kubeconfigPath string, writer io.Writer) error {
	namespace := "kubernaut-system"
	totalStart := time.Now()

	fmt.Fprintln(writer, "══════════════════════════════════════════════════════════")
	fmt.Fprintln(writer, "  📡 SignalProcessing E2E Infrastructure (HYBRID + COVERAGE)")
	fmt.Fprintln(writer, "══════════════════════════════════════════════════════════")

	projectRoot := getProjectRoot()

	// ═══════════════════════════════════════════════════════════════════════
	// PHASE 0: Generate dynamic image tags (BEFORE building)
	// ═══════════════════════════════════════════════════════════════════════
	dataStorageImageName := GenerateInfraImageName("datastorage", "signalprocessing")
	fmt.Fprintf(writer, "📛 DataStorage dynamic tag: %s\n", dataStorageImageName)
	fmt.Fprintln(writer, "   (Ensures fresh build with latest DataStorage code)")

	// ═══════════════════════════════════════════════════════════════════════
	// PHASE 1: Build images IN PARALLEL (before cluster creation)
	// ═══════════════════════════════════════════════════════════════════════
	phase1Start := time.Now()
	fmt.Fprintln(writer, "\n📦 PHASE 1: Building images in parallel (SP controller + DataStorage)...")

	type buildResult struct {
		name string
		err  error
	}
	buildResults := make(chan buildResult, 2)

	// Build SignalProcessing controller (coverage-instrumented)
	go func() {
		err := BuildSignalProcessingImageWithCoverage(projectRoot, writer)
		buildResults <- buildResult{name: "SignalProcessing", err: err}
	}()

	// Build DataStorage (audit trail dependency)
	go func() {
		err := buildDataStorageImageWithTag(dataStorageImageName, writer)
		buildResults <- buildResult{name: "DataStorage", err: err}
	}()

	for i := 0; i < 2; i++ {
		result := <-buildResults
		if result.err != nil {
			return fmt.Errorf("failed to build %s image: %w", result.name, result.err)
		}
		fmt.Fprintf(writer, "  ✅ %s image built\n", result.name)
	}
	fmt.Fprintf(writer, "⏱️  Phase 1 (build) took %s\n", time.Since(phase1Start).Round(time.Second))

	// ═══════════════════════════════════════════════════════════════════════
	// PHASE 2: Create Kind cluster (now that images are ready)
	// ═══════════════════════════════════════════════════════════════════════
	phase2Start := time.Now()
	fmt.Fprintln(writer, "\n📦 PHASE 2: Creating Kind cluster...")

	coverDir := filepath.Join(projectRoot, "coverdata", "signalprocessing")
	if err := os.MkdirAll(coverDir, 0o777); err != nil {
		return fmt.Errorf("failed to create %s: %w", coverDir, err)
	}

	kindConfig := filepath.Join(projectRoot, "test", "infrastructure", "kind-signalprocessing-config.yaml")
	if err := createKindClusterWithConfig(clusterName, kubeconfigPath, kindConfig, writer); err != nil {
		return fmt.Errorf("failed to create Kind cluster: %w", err)
	}

	fmt.Fprintln(writer, "  📋 Installing SignalProcessing CRDs...")
	for _, crd := range []string{
		"kubernaut.ai_signalprocessings.yaml",
		"kubernaut.ai_remediationrequests.yaml",
	} {
		crdCmd := exec.Command("kubectl", "apply", "--kubeconfig", kubeconfigPath,
			"-f", filepath.Join(projectRoot, "config", "crd", "bases", crd))
		crdCmd.Stdout = writer
		crdCmd.Stderr = writer
		if err := crdCmd.Run(); err != nil {
			return fmt.Errorf("failed to install CRD %s: %w", crd, err)
		}
	}

	if err := createTestNamespace(namespace, kubeconfigPath, writer); err != nil {
		return fmt.Errorf("failed to create namespace: %w", err)
	}
	// Test workloads live in labelled namespaces so the Rego policies can classify them
	if err := createLabelledNamespace("sp-e2e-prod", "production", kubeconfigPath, writer); err != nil {
		return err
	}
	if err := createLabelledNamespace("sp-e2e-staging", "staging", kubeconfigPath, writer); err != nil {
		return err
	}
	fmt.Fprintf(writer, "⏱️  Phase 2 (cluster) took %s\n", time.Since(phase2Start).Round(time.Second))

	// ═══════════════════════════════════════════════════════════════════════
	// PHASE 3: Load images into fresh cluster (parallel)
	// ═══════════════════════════════════════════════════════════════════════
	phase3Start := time.Now()
	fmt.Fprintln(writer, "\n📦 PHASE 3: Loading images into Kind cluster...")

	loadResults := make(chan buildResult, 2)

	// Load SignalProcessing coverage image
	go func() {
		err := LoadSignalProcessingCoverageImage(clusterName, writer)
		loadResults <- buildResult{name: "SignalProcessing", err: err}
	}()

	// Load DataStorage with dynamic tag
	go func() {
		err := loadDataStorageImageWithTag(clusterName, dataStorageImageName, writer)
		loadResults <- buildResult{name: "DataStorage", err: err}
	}()

	for i := 0; i < 2; i++ {
		result := <-loadResults
		if result.err != nil {
			return fmt.Errorf("failed to load %s image: %w", result.name, result.err)
		}
		fmt.Fprintf(writer, "  ✅ %s image loaded\n", result.name)
	}
	fmt.Fprintf(writer, "⏱️  Phase 3 (load) took %s\n", time.Since(phase3Start).Round(time.Second))

	// ═══════════════════════════════════════════════════════════════════════
	// PHASE 4: Deploy services in PARALLEL (DD-TEST-002 MANDATE)
	// ═══════════════════════════════════════════════════════════════════════
	phase4Start := time.Now()
	fmt.Fprintln(writer, "\n📦 PHASE 4: Deploying services in parallel...")

	type deployResult struct {
		name string
		err  error
	}
	deployResults := make(chan deployResult, 5)

	go func() {
		err := deployPostgreSQLInNamespace(ctx, namespace, kubeconfigPath, writer)
		deployResults <- deployResult{"PostgreSQL", err}
	}()
	go func() {
		err := deployRedisInNamespace(ctx, namespace, kubeconfigPath, writer)
		deployResults <- deployResult{"Redis", err}
	}()
	go func() {
		// CRITICAL: Use the tag generated in Phase 0 (UUID-based, non-idempotent)
		// This ensures we deploy the SAME fresh-built image with latest DataStorage code
		err := deployDataStorageServiceInNamespace(ctx, namespace, kubeconfigPath, dataStorageImageName, writer)
		deployResults <- deployResult{"DataStorage", err}
	}()
	go func() {
		err := DeploySignalProcessingPolicies(kubeconfigPath, writer)
		deployResults <- deployResult{"Rego policies", err}
	}()
	go func() {
		err := DeploySignalProcessingCoverageManifest(kubeconfigPath, writer)
		deployResults <- deployResult{"SignalProcessing", err}
	}()

	var failed []string
	for i := 0; i < 5; i++ {
		result := <-deployResults
		if result.err != nil {
			fmt.Fprintf(writer, "  ❌ %s: %v\n", result.name, result.err)
			failed = append(failed, result.name)
			continue
		}
		fmt.Fprintf(writer, "  ✅ %s deployed\n", result.name)
	}
	if len(failed) > 0 {
		return fmt.Errorf("deployment failed for: %s", strings.Join(failed, ", "))
	}

	if err := ApplyAuditMigrations(ctx, namespace, kubeconfigPath, writer); err != nil {
		return fmt.Errorf("failed to apply audit migrations: %w", err)
	}
	if err := waitForSignalProcessingController(ctx, namespace, kubeconfigPath, writer); err != nil {
		return err
	}
	fmt.Fprintf(writer, "⏱️  Phase 4 (deploy) took %s\n", time.Since(phase4Start).Round(time.Second))

	fmt.Fprintln(writer, "\n──────────────────────────────────────────────────────────")
	fmt.Fprintf(writer, "✅ SignalProcessing E2E ready — total %s\n", time.Since(totalStart).Round(time.Second))
	fmt.Fprintln(writer, "──────────────────────────────────────────────────────────")
	return nil
}

// BuildSignalProcessingImageWithCoverage builds the controller with GOFLAGS=-cover.
func BuildSignalProcessingImageWithCoverage(projectRoot string, writer io.Writer) error {
	dockerfile := filepath.Join(projectRoot, "docker", "signalprocessing-controller.Dockerfile")
	cmd := exec.Command("podman", "build",
		"-t", signalProcessingCoverageImage,
		"-f", dockerfile,
		"--build-arg", "GOFLAGS=-cover",
		projectRoot)
	cmd.Stdout = writer
	cmd.Stderr = writer
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("podman build (%s) failed: %w", signalProcessingCoverageImage, err)
	}
	return nil
}

// LoadSignalProcessingCoverageImage moves the image from podman into Kind via a tarball.
func LoadSignalProcessingCoverageImage(clusterName string, writer io.Writer) error {
	archive := filepath.Join(os.TempDir(), fmt.Sprintf("signalprocessing-e2e-%d.tar", time.Now().UnixNano()))
	defer os.Remove(archive)

	save := exec.Command("podman", "save", "-o", archive, signalProcessingCoverageImage)
	save.Stdout = writer
	save.Stderr = writer
	if err := save.Run(); err != nil {
		return fmt.Errorf("podman save failed: %w", err)
	}

	load := exec.Command("kind", "load", "image-archive", archive, "--name", clusterName)
	load.Stdout = writer
	load.Stderr = writer
	if err := load.Run(); err != nil {
		return fmt.Errorf("kind load image-archive failed: %w", err)
	}
	return nil
}

// createLabelledNamespace creates a namespace carrying the environment label that
// the environment-classification Rego policy reads (kubernaut.ai/environment).
func createLabelledNamespace(name, environment, kubeconfigPath string, writer io.Writer) error {
	create := exec.Command("kubectl", "create", "namespace", name, "--kubeconfig", kubeconfigPath)
	create.Stdout = writer
	create.Stderr = writer
	if err := create.Run(); err != nil {
		return fmt.Errorf("failed to create namespace %s: %w", name, err)
	}
	label := exec.Command("kubectl", "label", "namespace", name,
		"kubernaut.ai/environment="+environment, "--overwrite", "--kubeconfig", kubeconfigPath)
	label.Stdout = writer
	label.Stderr = writer
	if err := label.Run(); err != nil {
		return fmt.Errorf("failed to label namespace %s: %w", name, err)
	}
	return nil
}

// DeploySignalProcessingPolicies installs the Rego policies as a ConfigMap.
func DeploySignalProcessingPolicies(kubeconfigPath string, writer io.Writer) error {
	policies := `apiVersion: v1
kind: ConfigMap
metadata:
  name: signalprocessing-policies
  namespace: kubernaut-system
data:
  environment.rego: |
    package signalprocessing.environment

    default environment := "unknown"

    environment := env if {
      env := input.namespace.labels["kubernaut.ai/environment"]
    }
  priority.rego: |
    package signalprocessing.priority

    default priority := "P3"

    priority := "P0" if {
      input.environment == "production"
      input.signal.severity == "critical"
    }

    priority := "P1" if {
      input.environment == "production"
      input.signal.severity == "warning"
    }
`
	cmd := exec.Command("kubectl", "apply", "-f", "-", "--kubeconfig", kubeconfigPath)
	cmd.Stdin = strings.NewReader(policies)
	cmd.Stdout = writer
	cmd.Stderr = writer
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("failed to apply Rego policies: %w", err)
	}
	return nil
}

// DeploySignalProcessingCoverageManifest deploys the controller with GOCOVERDIR set.
func DeploySignalProcessingCoverageManifest(kubeconfigPath string, writer io.Writer) error {
	manifest := `apiVersion: apps/v1
kind: Deployment
metadata:
  name: signalprocessing-controller
  namespace: kubernaut-system
  labels:
    app: signalprocessing-controller
spec:
  replicas: 1
  selector:
    matchLabels:
      app: signalprocessing-controller
  template:
    metadata:
      labels:
        app: signalprocessing-controller
    spec:
      serviceAccountName: signalprocessing-controller
      containers:
      - name: manager
        image: ` + signalProcessingCoverageImage + `
        imagePullPolicy: Never
        args:
        - --policy-dir=/etc/signalprocessing/policies
        - --datastorage-url=http://datastorage:8080
        env:
        - name: GOCOVERDIR
          value: /coverdata
        volumeMounts:
        - name: policies
          mountPath: /etc/signalprocessing/policies
        - name: coverdata
          mountPath: /coverdata
      volumes:
      - name: policies
        configMap:
          name: signalprocessing-policies
      - name: coverdata
        hostPath:
          path: /coverdata
          type: DirectoryOrCreate
`
	cmd := exec.Command("kubectl", "apply", "-f", "-", "--kubeconfig", kubeconfigPath)
	cmd.Stdin = strings.NewReader(manifest)
	cmd.Stdout = writer
	cmd.Stderr = writer
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("failed to deploy SignalProcessing controller: %w", err)
	}
	return nil
}

// waitForSignalProcessingController waits until the controller pod reports Ready.
func waitForSignalProcessingController(ctx context.Context, namespace, kubeconfigPath string, writer io.Writer) error {
	fmt.Fprintln(writer, "  ⏳ Waiting for signalprocessing-controller...")
	cmd := exec.CommandContext(ctx, "kubectl", "wait", "--for=condition=ready", "pod",
		"-l", "app=signalprocessing-controller", "-n", namespace,
		"--timeout=180s", "--kubeconfig", kubeconfigPath)
	cmd.Stdout = writer
	cmd.Stderr = writer
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("signalprocessing-controller not ready: %w", err)
	}
	return nil
}
