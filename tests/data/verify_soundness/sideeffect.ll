; llvm.sideeffect (LangRef "llvm.sideeffect"): it has no effect the function can see, but the optimizer must treat it
; as if it had one (it keeps, for example, an infinite loop from being assumed to terminate). A target that drops it
; removes an observable event.

;; pair: target drops llvm.sideeffect
;; expect: wrong
;; source
declare void @llvm.sideeffect()
define void @f() {
  call void @llvm.sideeffect()
  ret void
}
;; target
define void @f() {
  ret void
}

;; pair: code after llvm.sideeffect simplified, the call kept
;; expect: right
;; source
declare void @llvm.sideeffect()
define i32 @f(i32 %x) {
  call void @llvm.sideeffect()
  %y = add i32 %x, 0
  ret i32 %y
}
;; target
declare void @llvm.sideeffect()
define i32 @f(i32 %x) {
  call void @llvm.sideeffect()
  ret i32 %x
}
