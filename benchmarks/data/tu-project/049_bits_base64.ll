; ModuleID = '/work/main/llmopt/verify/passlisteval/programs/049_bits_base64.c'
source_filename = "/work/main/llmopt/verify/passlisteval/programs/049_bits_base64.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@alphabet = internal constant [65 x i8] c"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\00", align 16

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @b64_encode(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !5
  store i64 %1, ptr %5, align 8, !tbaa !9
  store ptr %2, ptr %6, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %7) #2
  store i64 0, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %8) #2
  store i64 0, ptr %8, align 8, !tbaa !9
  br label %10

10:                                               ; preds = %110, %3
  %11 = load i64, ptr %8, align 8, !tbaa !9
  %12 = load i64, ptr %5, align 8, !tbaa !9
  %13 = icmp ult i64 %11, %12
  br i1 %13, label %15, label %14

14:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(i64 8, ptr %8) #2
  br label %113

15:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(i64 4, ptr %9) #2
  %16 = load ptr, ptr %4, align 8, !tbaa !5
  %17 = load i64, ptr %8, align 8, !tbaa !9
  %18 = getelementptr inbounds i8, ptr %16, i64 %17
  %19 = load i8, ptr %18, align 1, !tbaa !11
  %20 = zext i8 %19 to i32
  %21 = shl i32 %20, 16
  store i32 %21, ptr %9, align 4, !tbaa !12
  %22 = load i64, ptr %8, align 8, !tbaa !9
  %23 = add i64 %22, 1
  %24 = load i64, ptr %5, align 8, !tbaa !9
  %25 = icmp ult i64 %23, %24
  br i1 %25, label %26, label %36

26:                                               ; preds = %15
  %27 = load ptr, ptr %4, align 8, !tbaa !5
  %28 = load i64, ptr %8, align 8, !tbaa !9
  %29 = add i64 %28, 1
  %30 = getelementptr inbounds i8, ptr %27, i64 %29
  %31 = load i8, ptr %30, align 1, !tbaa !11
  %32 = zext i8 %31 to i32
  %33 = shl i32 %32, 8
  %34 = load i32, ptr %9, align 4, !tbaa !12
  %35 = or i32 %34, %33
  store i32 %35, ptr %9, align 4, !tbaa !12
  br label %36

36:                                               ; preds = %26, %15
  %37 = load i64, ptr %8, align 8, !tbaa !9
  %38 = add i64 %37, 2
  %39 = load i64, ptr %5, align 8, !tbaa !9
  %40 = icmp ult i64 %38, %39
  br i1 %40, label %41, label %50

41:                                               ; preds = %36
  %42 = load ptr, ptr %4, align 8, !tbaa !5
  %43 = load i64, ptr %8, align 8, !tbaa !9
  %44 = add i64 %43, 2
  %45 = getelementptr inbounds i8, ptr %42, i64 %44
  %46 = load i8, ptr %45, align 1, !tbaa !11
  %47 = zext i8 %46 to i32
  %48 = load i32, ptr %9, align 4, !tbaa !12
  %49 = or i32 %48, %47
  store i32 %49, ptr %9, align 4, !tbaa !12
  br label %50

50:                                               ; preds = %41, %36
  %51 = load i32, ptr %9, align 4, !tbaa !12
  %52 = lshr i32 %51, 18
  %53 = and i32 %52, 63
  %54 = zext i32 %53 to i64
  %55 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %54
  %56 = load i8, ptr %55, align 1, !tbaa !11
  %57 = load ptr, ptr %6, align 8, !tbaa !5
  %58 = load i64, ptr %7, align 8, !tbaa !9
  %59 = add i64 %58, 1
  store i64 %59, ptr %7, align 8, !tbaa !9
  %60 = getelementptr inbounds i8, ptr %57, i64 %58
  store i8 %56, ptr %60, align 1, !tbaa !11
  %61 = load i32, ptr %9, align 4, !tbaa !12
  %62 = lshr i32 %61, 12
  %63 = and i32 %62, 63
  %64 = zext i32 %63 to i64
  %65 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %64
  %66 = load i8, ptr %65, align 1, !tbaa !11
  %67 = load ptr, ptr %6, align 8, !tbaa !5
  %68 = load i64, ptr %7, align 8, !tbaa !9
  %69 = add i64 %68, 1
  store i64 %69, ptr %7, align 8, !tbaa !9
  %70 = getelementptr inbounds i8, ptr %67, i64 %68
  store i8 %66, ptr %70, align 1, !tbaa !11
  %71 = load i64, ptr %8, align 8, !tbaa !9
  %72 = add i64 %71, 1
  %73 = load i64, ptr %5, align 8, !tbaa !9
  %74 = icmp ult i64 %72, %73
  br i1 %74, label %75, label %83

75:                                               ; preds = %50
  %76 = load i32, ptr %9, align 4, !tbaa !12
  %77 = lshr i32 %76, 6
  %78 = and i32 %77, 63
  %79 = zext i32 %78 to i64
  %80 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %79
  %81 = load i8, ptr %80, align 1, !tbaa !11
  %82 = sext i8 %81 to i32
  br label %84

83:                                               ; preds = %50
  br label %84

84:                                               ; preds = %83, %75
  %85 = phi i32 [ %82, %75 ], [ 61, %83 ]
  %86 = trunc i32 %85 to i8
  %87 = load ptr, ptr %6, align 8, !tbaa !5
  %88 = load i64, ptr %7, align 8, !tbaa !9
  %89 = add i64 %88, 1
  store i64 %89, ptr %7, align 8, !tbaa !9
  %90 = getelementptr inbounds i8, ptr %87, i64 %88
  store i8 %86, ptr %90, align 1, !tbaa !11
  %91 = load i64, ptr %8, align 8, !tbaa !9
  %92 = add i64 %91, 2
  %93 = load i64, ptr %5, align 8, !tbaa !9
  %94 = icmp ult i64 %92, %93
  br i1 %94, label %95, label %102

95:                                               ; preds = %84
  %96 = load i32, ptr %9, align 4, !tbaa !12
  %97 = and i32 %96, 63
  %98 = zext i32 %97 to i64
  %99 = getelementptr inbounds [65 x i8], ptr @alphabet, i64 0, i64 %98
  %100 = load i8, ptr %99, align 1, !tbaa !11
  %101 = sext i8 %100 to i32
  br label %103

102:                                              ; preds = %84
  br label %103

103:                                              ; preds = %102, %95
  %104 = phi i32 [ %101, %95 ], [ 61, %102 ]
  %105 = trunc i32 %104 to i8
  %106 = load ptr, ptr %6, align 8, !tbaa !5
  %107 = load i64, ptr %7, align 8, !tbaa !9
  %108 = add i64 %107, 1
  store i64 %108, ptr %7, align 8, !tbaa !9
  %109 = getelementptr inbounds i8, ptr %106, i64 %107
  store i8 %105, ptr %109, align 1, !tbaa !11
  call void @llvm.lifetime.end.p0(i64 4, ptr %9) #2
  br label %110

110:                                              ; preds = %103
  %111 = load i64, ptr %8, align 8, !tbaa !9
  %112 = add i64 %111, 3
  store i64 %112, ptr %8, align 8, !tbaa !9
  br label %10, !llvm.loop !14

113:                                              ; preds = %14
  %114 = load ptr, ptr %6, align 8, !tbaa !5
  %115 = load i64, ptr %7, align 8, !tbaa !9
  %116 = getelementptr inbounds i8, ptr %114, i64 %115
  store i8 0, ptr %116, align 1, !tbaa !11
  %117 = load i64, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(i64 8, ptr %7) #2
  ret i64 %117
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @b64_decode(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !5
  store ptr %1, ptr %5, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %6) #2
  store i64 0, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %7) #2
  store i32 0, ptr %7, align 4, !tbaa !12
  call void @llvm.lifetime.start.p0(i64 4, ptr %8) #2
  store i32 0, ptr %8, align 4, !tbaa !12
  br label %11

11:                                               ; preds = %59, %2
  %12 = load ptr, ptr %4, align 8, !tbaa !5
  %13 = load i8, ptr %12, align 1, !tbaa !11
  %14 = sext i8 %13 to i32
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %16, label %21

16:                                               ; preds = %11
  %17 = load ptr, ptr %4, align 8, !tbaa !5
  %18 = load i8, ptr %17, align 1, !tbaa !11
  %19 = sext i8 %18 to i32
  %20 = icmp ne i32 %19, 61
  br label %21

21:                                               ; preds = %16, %11
  %22 = phi i1 [ false, %11 ], [ %20, %16 ]
  br i1 %22, label %23, label %62

23:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(i64 4, ptr %9) #2
  %24 = load ptr, ptr %4, align 8, !tbaa !5
  %25 = load i8, ptr %24, align 1, !tbaa !11
  %26 = call i32 @decode_char(i8 noundef signext %25) #3
  store i32 %26, ptr %9, align 4, !tbaa !12
  %27 = load i32, ptr %9, align 4, !tbaa !12
  %28 = icmp slt i32 %27, 0
  br i1 %28, label %29, label %30

29:                                               ; preds = %23
  store i64 -1, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %56

30:                                               ; preds = %23
  %31 = load i32, ptr %7, align 4, !tbaa !12
  %32 = shl i32 %31, 6
  %33 = load i32, ptr %9, align 4, !tbaa !12
  %34 = or i32 %32, %33
  store i32 %34, ptr %7, align 4, !tbaa !12
  %35 = load i32, ptr %8, align 4, !tbaa !12
  %36 = add nsw i32 %35, 6
  store i32 %36, ptr %8, align 4, !tbaa !12
  %37 = load i32, ptr %8, align 4, !tbaa !12
  %38 = icmp sge i32 %37, 8
  br i1 %38, label %39, label %55

39:                                               ; preds = %30
  %40 = load i32, ptr %8, align 4, !tbaa !12
  %41 = sub nsw i32 %40, 8
  store i32 %41, ptr %8, align 4, !tbaa !12
  %42 = load i32, ptr %7, align 4, !tbaa !12
  %43 = load i32, ptr %8, align 4, !tbaa !12
  %44 = lshr i32 %42, %43
  %45 = trunc i32 %44 to i8
  %46 = load ptr, ptr %5, align 8, !tbaa !5
  %47 = load i64, ptr %6, align 8, !tbaa !9
  %48 = add nsw i64 %47, 1
  store i64 %48, ptr %6, align 8, !tbaa !9
  %49 = getelementptr inbounds i8, ptr %46, i64 %47
  store i8 %45, ptr %49, align 1, !tbaa !11
  %50 = load i32, ptr %8, align 4, !tbaa !12
  %51 = shl i32 1, %50
  %52 = sub i32 %51, 1
  %53 = load i32, ptr %7, align 4, !tbaa !12
  %54 = and i32 %53, %52
  store i32 %54, ptr %7, align 4, !tbaa !12
  br label %55

55:                                               ; preds = %39, %30
  store i32 0, ptr %10, align 4
  br label %56

56:                                               ; preds = %55, %29
  call void @llvm.lifetime.end.p0(i64 4, ptr %9) #2
  %57 = load i32, ptr %10, align 4
  switch i32 %57, label %64 [
    i32 0, label %58
  ]

58:                                               ; preds = %56
  br label %59

59:                                               ; preds = %58
  %60 = load ptr, ptr %4, align 8, !tbaa !5
  %61 = getelementptr inbounds i8, ptr %60, i32 1
  store ptr %61, ptr %4, align 8, !tbaa !5
  br label %11, !llvm.loop !16

62:                                               ; preds = %21
  %63 = load i64, ptr %6, align 8, !tbaa !9
  store i64 %63, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %64

64:                                               ; preds = %62, %56
  call void @llvm.lifetime.end.p0(i64 4, ptr %8) #2
  call void @llvm.lifetime.end.p0(i64 4, ptr %7) #2
  call void @llvm.lifetime.end.p0(i64 8, ptr %6) #2
  %65 = load i64, ptr %3, align 8
  ret i64 %65
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @decode_char(i8 noundef signext %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !11
  %4 = load i8, ptr %3, align 1, !tbaa !11
  %5 = sext i8 %4 to i32
  %6 = icmp sge i32 %5, 65
  br i1 %6, label %7, label %15

7:                                                ; preds = %1
  %8 = load i8, ptr %3, align 1, !tbaa !11
  %9 = sext i8 %8 to i32
  %10 = icmp sle i32 %9, 90
  br i1 %10, label %11, label %15

11:                                               ; preds = %7
  %12 = load i8, ptr %3, align 1, !tbaa !11
  %13 = sext i8 %12 to i32
  %14 = sub nsw i32 %13, 65
  store i32 %14, ptr %2, align 4
  br label %52

15:                                               ; preds = %7, %1
  %16 = load i8, ptr %3, align 1, !tbaa !11
  %17 = sext i8 %16 to i32
  %18 = icmp sge i32 %17, 97
  br i1 %18, label %19, label %28

19:                                               ; preds = %15
  %20 = load i8, ptr %3, align 1, !tbaa !11
  %21 = sext i8 %20 to i32
  %22 = icmp sle i32 %21, 122
  br i1 %22, label %23, label %28

23:                                               ; preds = %19
  %24 = load i8, ptr %3, align 1, !tbaa !11
  %25 = sext i8 %24 to i32
  %26 = sub nsw i32 %25, 97
  %27 = add nsw i32 %26, 26
  store i32 %27, ptr %2, align 4
  br label %52

28:                                               ; preds = %19, %15
  %29 = load i8, ptr %3, align 1, !tbaa !11
  %30 = sext i8 %29 to i32
  %31 = icmp sge i32 %30, 48
  br i1 %31, label %32, label %41

32:                                               ; preds = %28
  %33 = load i8, ptr %3, align 1, !tbaa !11
  %34 = sext i8 %33 to i32
  %35 = icmp sle i32 %34, 57
  br i1 %35, label %36, label %41

36:                                               ; preds = %32
  %37 = load i8, ptr %3, align 1, !tbaa !11
  %38 = sext i8 %37 to i32
  %39 = sub nsw i32 %38, 48
  %40 = add nsw i32 %39, 52
  store i32 %40, ptr %2, align 4
  br label %52

41:                                               ; preds = %32, %28
  %42 = load i8, ptr %3, align 1, !tbaa !11
  %43 = sext i8 %42 to i32
  %44 = icmp eq i32 %43, 43
  br i1 %44, label %45, label %46

45:                                               ; preds = %41
  store i32 62, ptr %2, align 4
  br label %52

46:                                               ; preds = %41
  %47 = load i8, ptr %3, align 1, !tbaa !11
  %48 = sext i8 %47 to i32
  %49 = icmp eq i32 %48, 47
  br i1 %49, label %50, label %51

50:                                               ; preds = %46
  store i32 63, ptr %2, align 4
  br label %52

51:                                               ; preds = %46
  store i32 -1, ptr %2, align 4
  br label %52

52:                                               ; preds = %51, %50, %45, %36, %23, %11
  %53 = load i32, ptr %2, align 4
  ret i32 %53
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind }
attributes #3 = { minsize optsize }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"any pointer", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"long", !7, i64 0}
!11 = !{!7, !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"int", !7, i64 0}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = distinct !{!16, !15}
