"""Long tasks as resumable steps with progress, pause, cancel and typed failures."""

from fedimove.jobs.base import Control, Job, JobContext, Progress

__all__ = ["Control", "Job", "JobContext", "Progress"]
