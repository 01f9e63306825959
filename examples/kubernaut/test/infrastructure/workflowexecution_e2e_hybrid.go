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

const (
	// workflowExecutionCoverageImage is the controller image compiled with `-cover`
	workflowExecutionCoverageImage = "localhost/kubernaut-workflowexecution:e2e-coverage"
	// tektonPipelinesRelease is pinned so E2E runs are reproducible
	tektonPipelinesRelease = "https://storage.googleapis.com/tekton-releases/pipeline/previous/v0.62.3/release.yaml"
)

// SetupWorkflowExecutionInfrastructureHybridWithCoverage creates the WorkflowExecution
// E2E environment (Kind + Tekton Pipelines + DataStorage + controller) following the
// hybrid parallel strategy of DD-TEST-002, with coverage-instrumented binaries.
//
// ✅ Reference pattern: the DataStorage tag is generated ONCE in Phase 0 and the very
// same name flows into build (Phase 1), load (Phase 3) and deploy (Phase 4).
func SetupWorkflowExecutionInfrastructureHybridWithCoverage(ctx context.Context, clusterName, kubeconfigPath string, writer io.Writer) error {
	namespace := "kubernaut-system"
	setupStart := time.Now()

	fmt.Fprintln(writer, "╔════════════════════════════════════════════════════════╗")
	fmt.Fprintln(writer, "║ ⚙️  WorkflowExecution E2E Infrastructure (HYBRID + COV) ║")
	fmt.Fprintln(writer, "╚════════════════════════════════════════════════════════╝")

	projectRoot := getProjectRoot()

	// ═══════════════════════════════════════════════════════════════════════
	// PHASE 0: Generate dynamic image tags (BEFORE building)
	// ═══════════════════════════════════════════════════════════════════════
	// Generate DataStorage image tag ONCE (non-idempotent, timestamp-based)
	// This ensures each service builds its OWN DataStorage with LATEST code
	// Per DD-TEST-001: Dynamic tags for parallel E2E isolation
	dataStorageImageName := GenerateInfraImageName("datastorage", "workflowexecution")
	fmt.Fprintf(writer, "📛 DataStorage dynamic tag: %s\n", dataStorageImageName)
	fmt.Fprintln(writer, "   (Ensures fresh build with latest DataStorage code)")

	// ═══════════════════════════════════════════════════════════════════════
	// PHASE 1: Build images IN PARALLEL (before cluster creation)
	// ═══════════════════════════════════════════════════════════════════════
	fmt.Fprintln(writer, "\n📦 PHASE 1: Building images in parallel...")
	fmt.Fprintln(writer, "  ├── WorkflowExecution controller (coverage)")
	fmt.Fprintf(writer, "  └── DataStorage (%s)\n", dataStorageImageName)

	type buildResult struct {
		name string
		err  error
	}
	buildResults := make(chan buildResult, 2)

	// Build WorkflowExecution controller with coverage
	go func() {
		err := BuildWorkflowExecutionImageWithCoverage(projectRoot, writer)
		buildResults <- buildResult{name: "WorkflowExecution", err: err}
	}()

	// Build DataStorage with dynamic tag
	go func() {
		err := buildDataStorageImageWithTag(dataStorageImageName, writer)
		buildResults <- buildResult{name: "DataStorage", err: err}
	}()

	var buildErrors []string
	for i := 0; i < 2; i++ {
		result := <-buildResults
		if result.err != nil {
			fmt.Fprintf(writer, "  ❌ %s build failed: %v\n", result.name, result.err)
			buildErrors = append(buildErrors, result.name)
			continue
		}
		fmt.Fprintf(writer, "  ✅ %s built\n", result.name)
	}
	if len(buildErrors) > 0 {
		return fmt.Errorf("image build failed for: %s", strings.Join(buildErrors, ", "))
	}

	// ═══════════════════════════════════════════════════════════════════════
	// PHASE 2: Create Kind cluster (now that images are ready)
	// ═══════════════════════════════════════════════════════════════════════
	fmt.Fprintln(writer, "\n📦 PHASE 2: Creating Kind cluster + Tekton Pipelines...")

	coverDir := filepath.Join(projectRoot, "coverdata", "workflowexecution")
	if err := os.MkdirAll(coverDir, 0o777); err != nil {
		return fmt.Errorf("failed to create coverage dir: %w", err)
	}

	kindConfig := filepath.Join(projectRoot, "test", "infrastructure", "kind-workflowexecution-config.yaml")
	if err := createKindClusterWithConfig(clusterName, kubeconfigPath, kindConfig, writer); err != nil {
		return fmt.Errorf("failed to create Kind cluster: %w", err)
	}
	if err := createTestNamespace(namespace, kubeconfigPath, writer); err != nil {
		return fmt.Errorf("failed to create namespace: %w", err)
	}

	// Tekton must be running before the controller starts watching PipelineRuns
	if err := InstallTektonPipelines(ctx, kubeconfigPath, writer); err != nil {
		return fmt.Errorf("failed to install Tekton Pipelines: %w", err)
	}

	// ═══════════════════════════════════════════════════════════════════════
	// PHASE 3: Load images into fresh cluster (parallel)
	// ═══════════════════════════════════════════════════════════════════════
	fmt.Fprintln(writer, "\n📦 PHASE 3: Loading images into Kind cluster...")

	loadResults := make(chan buildResult, 2)

	// Load WorkflowExecution coverage image
	go func() {
		err := LoadWorkflowExecutionCoverageImage(clusterName, writer)
		loadResults <- buildResult{name: "WorkflowExecution", err: err}
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
		fmt.Fprintf(writer, "  ✅ %s loaded\n", result.name)
	}

	// ═══════════════════════════════════════════════════════════════════════
	// PHASE 4: Deploy services in PARALLEL (DD-TEST-002 MANDATE)
	// ═══════════════════════════════════════════════════════════════════════
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
		err := ApplyAllMigrations(ctx, namespace, kubeconfigPath, writer)
		deployResults <- deployResult{"Migrations", err}
	}()
	go func() {
		// Same tag as Phase 1 and Phase 3: the image we just built and loaded
		err := deployDataStorageServiceInNamespace(ctx, namespace, kubeconfigPath, dataStorageImageName, writer)
		deployResults <- deployResult{"DataStorage", err}
	}()
	go func() {
		err := DeployWorkflowExecutionCoverageManifest(kubeconfigPath, writer)
		deployResults <- deployResult{"WorkflowExecution", err}
	}()

	var deployErrors []string
	for i := 0; i < 5; i++ {
		result := <-deployResults
		if result.err != nil {
			fmt.Fprintf(writer, "  ❌ %s deploy failed: %v\n", result.name, result.err)
			deployErrors = append(deployErrors, result.name)
			continue
		}
		fmt.Fprintf(writer, "  ✅ %s deployed\n", result.name)
	}
	if len(deployErrors) > 0 {
		return fmt.Errorf("deployment failed for: %s", strings.Join(deployErrors, ", "))
	}

	if err := waitForWorkflowExecutionReady(ctx, namespace, kubeconfigPath, writer); err != nil {
		return err
	}

	fmt.Fprintf(writer, "\n✅ WorkflowExecution E2E infrastructure ready in %s\n", time.Since(setupStart).Round(time.Second))
	return nil
}

// BuildWorkflowExecutionImageWithCoverage builds the controller image with GOFLAGS=-cover.
func BuildWorkflowExecutionImageWithCoverage(projectRoot string, writer io.Writer) error {
	cmd := exec.Command("podman", "build",
		"-t", workflowExecutionCoverageImage,
		"-f", filepath.Join(projectRoot, "docker", "workflowexecution-controller.Dockerfile"),
		"--build-arg", "GOFLAGS=-cover",
		projectRoot,
	)
	cmd.Stdout = writer
	cmd.Stderr = writer
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("podman build %s failed: %w", workflowExecutionCoverageImage, err)
	}
	return nil
}

// LoadWorkflowExecutionCoverageImage loads the coverage image into Kind through a tarball.
func LoadWorkflowExecutionCoverageImage(clusterName string, writer io.Writer) error {
	archive := filepath.Join(os.TempDir(), "workflowexecution-e2e-coverage.tar")
	defer os.Remove(archive)

	if out, err := exec.Command("podman", "save", "-o", archive, workflowExecutionCoverageImage).CombinedOutput(); err != nil {
		return fmt.Errorf("podman save failed: %w\n%s", err, out)
	}
	cmd := exec.Command("kind", "load", "image-archive", archive, "--name", clusterName)
	cmd.Stdout = writer
	cmd.Stderr = writer
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("kind load image-archive failed: %w", err)
	}
	return nil
}

// InstallTektonPipelines applies the pinned Tekton release and waits for its webhook.
func InstallTektonPipelines(ctx context.Context, kubeconfigPath string, writer io.Writer) error {
	fmt.Fprintln(writer, "  🔧 Installing Tekton Pipelines...")
	apply := exec.CommandContext(ctx, "kubectl", "apply", "-f", tektonPipelinesRelease, "--kubeconfig", kubeconfigPath)
	apply.Stdout = writer
	apply.Stderr = writer
	if err := apply.Run(); err != nil {
		return fmt.Errorf("kubectl apply tekton release: %w", err)
	}

	wait := exec.CommandContext(ctx, "kubectl", "wait", "--for=condition=available", "deployment",
		"--all", "-n", "tekton-pipelines", "--timeout=300s", "--kubeconfig", kubeconfigPath)
	wait.Stdout = writer
	wait.Stderr = writer
	if err := wait.Run(); err != nil {
		return fmt.Errorf("tekton-pipelines deployments not available: %w", err)
	}
	fmt.Fprintln(writer, "  ✅ Tekton Pipelines ready")
	return nil
}

// DeployWorkflowExecutionCoverageManifest deploys the controller plus the namespace
// and ServiceAccount that executed PipelineRuns use.
func DeployWorkflowExecutionCoverageManifest(kubeconfigPath string, writer io.Writer) error {
	manifest := `apiVersion: v1
kind: Namespace
metadata:
  name: kubernaut-workflows
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: kubernaut-workflow-runner
  namespace: kubernaut-workflows
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: workflowexecution-controller
  namespace: kubernaut-system
  labels:
    app: workflowexecution-controller
spec:
  replicas: 1
  selector:
    matchLabels:
      app: workflowexecution-controller
  template:
    metadata:
      labels:
        app: workflowexecution-controller
    spec:
      serviceAccountName: workflowexecution-controller
      containers:
      - name: manager
        image: ` + workflowExecutionCoverageImage + `
        imagePullPolicy: Never
        args:
        - --execution-namespace=kubernaut-workflows
        - --service-account=kubernaut-workflow-runner
        - --datastorage-url=http://datastorage.kubernaut-system:8080
        env:
        - name: GOCOVERDIR
          value: /coverdata
        volumeMounts:
        - name: coverdata
          mountPath: /coverdata
      volumes:
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
		return fmt.Errorf("kubectl apply WorkflowExecution manifest: %w", err)
	}
	return nil
}

// waitForWorkflowExecutionReady waits for DataStorage and the controller pods.
func waitForWorkflowExecutionReady(ctx context.Context, namespace, kubeconfigPath string, writer io.Writer) error {
	for _, selector := range []string{"app=datastorage", "app=workflowexecution-controller"} {
		cmd := exec.CommandContext(ctx, "kubectl", "wait", "--for=condition=ready", "pod",
			"-l", selector, "-n", namespace, "--timeout=180s", "--kubeconfig", kubeconfigPath)
		cmd.Stdout = writer
		cmd.Stderr = writer
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("pods %s not ready: %w", selector, err)
		}
		fmt.Fprintf(writer, "  ✅ %s ready\n", selector)
	}
	return nil
}
