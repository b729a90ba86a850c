/**
 * The build: {@code Pipeline} runs the stages in order (config, load, index, plan, render and
 * write) with the incremental machinery around them; {@code BuildOptions}, {@code BuildResult},
 * {@code Version}.
 *
 * <p>Uses: {@code config}, {@code content}, {@code diag}, {@code files}, {@code index}, {@code
 * media}, {@code output}, {@code plan}, {@code render}, {@code routes}, {@code search}, {@code theme}, {@code
 * util}.
 */
package org.warraq.pipeline;
