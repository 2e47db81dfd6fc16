# Package of concurrency helpers (Sharpy's own implementation).
