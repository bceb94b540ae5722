; A call may not return (exit, longjmp, an endless loop, an exception) unless the callee is willreturn and nounwind
; (LangRef "willreturn": it returns or unwinds): code after it may never run, so UB there does not make the caller
; undefined. Returning from a noreturn callee, or from a noreturn function, is UB; a willreturn nounwind function
; that does not return is UB.

;; pair: ub-after-a-call-that-may-not-return
;; expect: refuted
;; source
declare void @log_and_maybe_exit()
define void @f() {
  call void @log_and_maybe_exit()
  unreachable
}
;; target
declare void @log_and_maybe_exit()
define void @f() {
  unreachable
}

;; pair: ub-after-a-willreturn-call
;; expect: proved
;; source
declare void @log_event() willreturn nounwind
define void @f() {
  call void @log_event()
  unreachable
}
;; target
declare void @log_event() willreturn nounwind
define void @f() {
  unreachable
}

;; pair: code-after-a-noreturn-callee-removed
;; expect: proved
;; source
declare void @fatal(i32) noreturn
define i32 @f(i32 %code, ptr %out) {
  call void @fatal(i32 %code)
  store i32 1, ptr %out
  ret i32 %code
}
;; target
declare void @fatal(i32) noreturn
define i32 @f(i32 %code, ptr %out) {
  call void @fatal(i32 %code)
  unreachable
}

;; pair: store-moved-after-a-call-that-may-not-return
;; expect: refuted
;; source
declare void @g(i32)
define void @f(ptr %p, i32 %x) {
  store i32 %x, ptr %p
  call void @g(i32 %x) memory(none)
  ret void
}
;; target
declare void @g(i32)
define void @f(ptr %p, i32 %x) {
  call void @g(i32 %x) memory(none)
  store i32 %x, ptr %p
  ret void
}

;; pair: noreturn-function-return-is-ub
;; expect: proved
;; source
define void @f(ptr %p) noreturn {
  store i32 1, ptr %p
  ret void
}
;; target
define void @f(ptr %p) noreturn {
  unreachable
}

;; pair: noreturn-function-may-stop-in-a-call
;; expect: refuted
;; source
declare void @g()
define void @f() noreturn {
  call void @g()
  ret void
}
;; target
declare void @g()
define void @f() noreturn {
  unreachable
}

;; pair: willreturn-function-cannot-stop-in-a-call
;; expect: proved
;; source
declare void @g()
define void @f() willreturn nounwind {
  call void @g()
  unreachable
}
;; target
declare void @g()
define void @f() willreturn nounwind {
  unreachable
}

;; pair: target-adds-noreturn-to-a-returning-function
;; expect: refuted
;; source
define i32 @f(i32 %x) {
  ret i32 %x
}
;; target
define i32 @f(i32 %x) noreturn {
  ret i32 %x
}

;; pair: ub-after-a-willreturn-call-that-may-unwind
;; expect: refuted
;; source
declare void @log_event() willreturn
define void @f() {
  call void @log_event()
  unreachable
}
;; target
declare void @log_event() willreturn
define void @f() {
  unreachable
}

;; pair: willreturn-function-may-unwind-in-a-call
;; expect: refuted
;; source
declare void @g()
define void @f() willreturn {
  call void @g()
  unreachable
}
;; target
declare void @g()
define void @f() willreturn {
  unreachable
}
