"""Layer 8, training: the tokenizer, model configurations, SFT and GRPO over the project's datasets.

Heavy libraries (torch, transformers, trl, peft) are imported inside the functions that use them, so importing
``llmopt.train`` costs nothing until a model is trained.
"""
