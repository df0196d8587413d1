"""Qt desktop app: task runner -> view models -> widgets and charts."""
