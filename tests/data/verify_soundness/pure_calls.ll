; Calls to memory(none) functions touch no memory: a willreturn nounwind one whose result is unused may be deleted,
; two with equal arguments may be merged (each call may give any of the callee's results, so the same one twice is
; allowed), and they may move across other calls. Not the reverse: one call may not become two (the callee may answer
; differently each time), a call may not get new arguments (the callee may be UB there), and a call that may not
; return may neither be deleted nor moved past an observable call.

;; pair: unused-willreturn-call-deleted
;; expect: proved
;; source
declare i32 @hash(i32) memory(none) willreturn nounwind
define i32 @f(i32 %x) {
  %h = call i32 @hash(i32 %x)
  ret i32 %x
}
;; target
declare i32 @hash(i32) memory(none) willreturn nounwind
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: unused-call-that-may-not-return-deleted
;; expect: refuted
;; source
declare i32 @hash(i32) memory(none) nounwind
define i32 @f(i32 %x) {
  %h = call i32 @hash(i32 %x)
  ret i32 %x
}
;; target
declare i32 @hash(i32) memory(none) nounwind
define i32 @f(i32 %x) {
  ret i32 %x
}

;; pair: equal-calls-merged
;; expect: proved
;; source
declare i32 @hash(i32) memory(none) nounwind
define i32 @f(i32 %x) {
  %a = call i32 @hash(i32 %x)
  %b = call i32 @hash(i32 %x)
  %s = add i32 %a, %b
  ret i32 %s
}
;; target
declare i32 @hash(i32) memory(none) nounwind
define i32 @f(i32 %x) {
  %a = call i32 @hash(i32 %x)
  %s = shl i32 %a, 1
  ret i32 %s
}

;; pair: one-call-split-into-two
;; expect: refuted
;; source
declare i32 @hash(i32) memory(none) willreturn nounwind
define i32 @f(i32 %x) {
  %a = call i32 @hash(i32 %x)
  %d = sub i32 %a, %a
  ret i32 %d
}
;; target
declare i32 @hash(i32) memory(none) willreturn nounwind
define i32 @f(i32 %x) {
  %a = call i32 @hash(i32 %x)
  %b = call i32 @hash(i32 %x)
  %d = sub i32 %a, %b
  ret i32 %d
}

;; pair: two-calls-kept-one-for-one
;; expect: proved
;; source
declare i32 @hash(i32) memory(none) nounwind
define i32 @f(i32 %x) {
  %a = call i32 @hash(i32 %x)
  %b = call i32 @hash(i32 %x)
  %d = sub i32 %a, %b
  ret i32 %d
}
;; target
declare i32 @hash(i32) memory(none) nounwind
define i32 @f(i32 %x) {
  %a = call i32 @hash(i32 %x)
  %b = call i32 @hash(i32 %x)
  %n = sub i32 0, %b
  %d = add i32 %n, %a
  ret i32 %d
}

;; pair: call-with-new-arguments
;; expect: wrong
;; source
declare i32 @hash(i32) memory(none) willreturn nounwind
define i32 @f(i32 %x) {
  %a = call i32 @hash(i32 %x)
  ret i32 %a
}
;; target
declare i32 @hash(i32) memory(none) willreturn nounwind
define i32 @f(i32 %x) {
  %y = add i32 %x, 1
  %a = call i32 @hash(i32 %y)
  ret i32 %a
}

;; pair: willreturn-call-moved-across-an-event
;; expect: proved
;; source
declare i32 @hash(i32) memory(none) willreturn nounwind
declare void @emit(i32) willreturn nounwind
define i32 @f(i32 noundef %x) {
  call void @emit(i32 %x)
  %a = call i32 @hash(i32 %x)
  ret i32 %a
}
;; target
declare i32 @hash(i32) memory(none) willreturn nounwind
declare void @emit(i32) willreturn nounwind
define i32 @f(i32 noundef %x) {
  %a = call i32 @hash(i32 %x)
  call void @emit(i32 %x)
  ret i32 %a
}

;; pair: call-that-may-not-return-moved-before-an-event
;; expect: refuted
;; source
declare i32 @hash(i32) memory(none) nounwind
declare void @emit(i32)
define i32 @f(i32 %x) {
  call void @emit(i32 %x)
  %a = call i32 @hash(i32 %x)
  ret i32 %a
}
;; target
declare i32 @hash(i32) memory(none) nounwind
declare void @emit(i32)
define i32 @f(i32 %x) {
  %a = call i32 @hash(i32 %x)
  call void @emit(i32 %x)
  ret i32 %a
}

;; pair: result-replaced-by-a-constant
;; expect: refuted
;; source
declare i32 @hash(i32) memory(none) willreturn nounwind
define i32 @f(i32 %x) {
  %a = call i32 @hash(i32 %x)
  ret i32 %a
}
;; target
declare i32 @hash(i32) memory(none) willreturn nounwind
define i32 @f(i32 %x) {
  ret i32 42
}

;; pair: unused-call-that-may-unwind-deleted
;; expect: refuted
;; source
declare i32 @hash(i32) memory(none) willreturn
define i32 @f(i32 %x) {
  %h = call i32 @hash(i32 %x)
  ret i32 %x
}
;; target
declare i32 @hash(i32) memory(none) willreturn
define i32 @f(i32 %x) {
  ret i32 %x
}
