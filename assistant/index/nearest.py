"""The rows of a large matrix of unit vectors nearest a query: an int8 product in ONNX Runtime,
re-scored in float.

At scale a question's dense search is one product over every sentence's vector, and reading
them is its cost: 384 float32s a sentence, 15.7 MB at 10,000 sentences, 0.44 ms a question
(memory-bound). The same product over the vectors in 8-bit blocks (ONNX Runtime's MatMulNBits, as
the int8 encoder's weights: `quantization.py`) reads a quarter of that, and ONNX Runtime's TopK
keeps a pool of the best (0.13 ms). The pool is then re-scored with the float vectors, so the
answer is the float product's nearest rows whenever the int8 order keeps them within the pool, twice
as large as asked (docs/benchmark.md: every time, on random and real vectors). At about 1,200
rows the float product is as fast (0.047 against 0.049 ms), and below 2,000 it stays the way
(`Retriever`, `INT8_CANDIDATES_FROM`).
"""

from __future__ import annotations

import numpy as np

from assistant.index.quantization import BLOCK, MICROSOFT, blocks, int8_matmul

# Rows scored in int8 for each row asked for: the re-scoring's margin for the int8 order.
POOL_FACTOR = 2


class Int8Nearest:
    """The nearest rows of one matrix of unit vectors (kept, not copied), by an int8 product whose
    best pool is re-scored in float."""

    def __init__(self, vectors: np.ndarray, count: int) -> None:
        import onnxruntime
        from onnx import TensorProto, helper, numpy_helper

        rows, dimension = vectors.shape
        if dimension % BLOCK:
            raise ValueError(f"the vectors' dimension {dimension} is not whole blocks of {BLOCK}")
        self._vectors = vectors
        self.count = min(count, rows)
        pool = min(POOL_FACTOR * self.count, rows)
        packed, scales = blocks(np.ascontiguousarray(vectors.T, dtype=np.float32))
        graph = helper.make_graph(
            [
                int8_matmul(["query", "codes", "scales"], ["similarity"], dimension, rows),
                helper.make_node(
                    "TopK", ["similarity", "pool"], ["best", "rows"], axis=-1, sorted=0
                ),
            ],
            "nearest",
            [helper.make_tensor_value_info("query", TensorProto.FLOAT, [1, dimension])],
            [helper.make_tensor_value_info("rows", TensorProto.INT64, [1, pool])],
            [
                numpy_helper.from_array(packed, "codes"),
                numpy_helper.from_array(scales, "scales"),
                numpy_helper.from_array(np.array([pool], dtype=np.int64), "pool"),
            ],
        )
        model = helper.make_model(
            graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid(MICROSOFT, 1)]
        )
        options = onnxruntime.SessionOptions()
        # One question's product on its own thread: the serving process answers one per thread.
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self._session = onnxruntime.InferenceSession(
            model.SerializeToString(), options, providers=["CPUExecutionProvider"]
        )

    def nearest(self, query: np.ndarray) -> np.ndarray:
        """The rows of the `count` vectors nearest the (unit) query, in no particular order."""
        feed = {"query": np.asarray(query, dtype=np.float32).reshape(1, -1)}
        pool = self._session.run(["rows"], feed)[0][0]
        exact = self._vectors[pool] @ feed["query"][0]
        return pool[np.argpartition(-exact, self.count - 1)[: self.count]]
