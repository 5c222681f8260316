"""Time and scheduling infrastructure, Qt-free: clocks, clock-jump detection, job synchronization.

The Qt-specific scheduler lives in ``wellcare.ui.qt_scheduler``.
"""
