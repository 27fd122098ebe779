"""The int8 encoder's graph: the float graph's weight matrices in blocks of 8-bit integers.

Every MatMul whose right side is a weight matrix becomes ONNX Runtime's MatMulNBits with 8 bits
(symmetric, one scale per block of BLOCK weights along the inner dimension) and accuracy level 4:
the kernel quantizes each row of its input to int8 on its own, per block, and multiplies in
integers (VNNI where the CPU has it). Dynamic quantization (`quantize_dynamic`) instead scales a
whole call's activations by their largest value, so a text's vector there depends on the texts
batched and padded with it; here it does not: a text's vector is the same, bit for bit, alone or
in any batch (a test holds it), so query batching and ingest batches cannot change an answer.
Blocks of 32 keep every vector within cosine 0.998 of float's (per channel, as dynamic
quantization does, was 0.985), and a question is embedded in about 60% of float's time.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import onnx

log = logging.getLogger(__name__)

BITS = 8
BLOCK = 32
# The graph's file and the encoder's name in an index's manifest: a new block size is a new one.
NAME = f"int8-b{BLOCK}"
# MatMulNBits' accuracy level 4: int8 activations (per row and block) and integer products.
INT8_COMPUTE = 4
MICROSOFT = "com.microsoft"


def quantize_once(source: Path, target: Path) -> None:
    """Write target (the int8 graph of the float graph source) unless it exists; one process at a
    time, and a reader sees the whole file or none of it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with (target.parent / f"{target.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another worker may be quantizing the same graph
        if target.is_file():
            return
        import onnx

        log.warning("quantizing %s to int8 blocks in %s (once)", source.name, target)
        partial = target.with_name(f".{target.name}.{os.getpid()}")
        try:
            onnx.save(quantized(onnx.load(str(source))), str(partial))
            partial.chmod(0o644)
            os.replace(partial, target)
        finally:
            with contextlib.suppress(OSError):
                partial.unlink()


def quantized(model: onnx.ModelProto) -> onnx.ModelProto:
    """The model with each weight MatMul (a 2-D initializer on the right whose inner dimension
    is a whole number of blocks) replaced by MatMulNBits; other nodes are kept as they are."""
    from onnx import helper, numpy_helper

    graph = model.graph
    weights = {init.name: init for init in graph.initializer}
    nodes = []
    for node in graph.node:
        weight = weights.get(node.input[1]) if node.op_type == "MatMul" else None
        matrix = numpy_helper.to_array(weight) if weight is not None else None
        if matrix is None or matrix.ndim != 2 or matrix.shape[0] % BLOCK:
            nodes.append(node)
            continue
        packed, scales = blocks(matrix.astype(np.float32))
        name = node.input[1]
        graph.initializer.extend(
            [
                numpy_helper.from_array(packed, f"{name}.int8"),
                numpy_helper.from_array(scales, f"{name}.scales"),
            ]
        )
        rows, columns = matrix.shape
        inputs = [node.input[0], f"{name}.int8", f"{name}.scales"]
        nodes.append(int8_matmul(inputs, list(node.output), rows, columns, f"{node.name}.int8"))
    del graph.node[:]
    graph.node.extend(nodes)
    used = {name for node in graph.node for name in node.input}
    kept = [init for init in graph.initializer if init.name in used]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    if not any(opset.domain == MICROSOFT for opset in model.opset_import):
        model.opset_import.append(helper.make_opsetid(MICROSOFT, 1))
    return model


def int8_matmul(
    inputs: list[str], outputs: list[str], inner: int, outer: int, name: str = ""
) -> onnx.NodeProto:
    """A MatMulNBits node (inputs: the activations, the `blocks` codes and scales) multiplying by
    an inner x outer matrix in 8-bit blocks, in integers."""
    from onnx import helper

    return helper.make_node(
        "MatMulNBits",
        inputs,
        outputs,
        name=name,
        domain=MICROSOFT,
        K=inner,
        N=outer,
        bits=BITS,
        block_size=BLOCK,
        accuracy_level=INT8_COMPUTE,
    )


def blocks(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A K x N weight matrix as MatMulNBits stores it: uint8 codes [N, K/BLOCK, BLOCK] (the
    int8 value + 128, its default zero point) and one float scale per block [N * K/BLOCK]."""
    rows, columns = matrix.shape
    by_block = matrix.T.reshape(columns, rows // BLOCK, BLOCK)
    largest = 2 ** (BITS - 1) - 1
    scales = np.abs(by_block).max(axis=2, keepdims=True) / largest
    scales[scales == 0] = 1.0  # an all-zero block: any scale gives zeros
    codes = np.clip(np.rint(by_block / scales), -largest - 1, largest) + 2 ** (BITS - 1)
    return codes.astype(np.uint8), scales.reshape(-1).astype(np.float32)
